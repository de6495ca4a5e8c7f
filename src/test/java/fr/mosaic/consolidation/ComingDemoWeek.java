package fr.mosaic.consolidation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import javax.sql.DataSource;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.transfer.ProblemImporter;

/** The demo group with its requests for the coming week, alone in an emptied register, not planned. */
public final class ComingDemoWeek {

	private ComingDemoWeek() {
	}

	/** @return the coming week's Monday, by the clock */
	public static LocalDate imported(DataSource dataSource, SystemAccess systemAccess, ProblemImporter importer,
			Clock clock) {
		return imported(dataSource, systemAccess, importer, clock, 1);
	}

	/**
	 * The demo group with its requests for the coming week and the {@code weeks - 1} weeks before it, none planned.
	 *
	 * @return the coming week's Monday, by the clock
	 */
	public static LocalDate imported(DataSource dataSource, SystemAccess systemAccess, ProblemImporter importer,
			Clock clock, int weeks) {
		DatabaseCleaner.clean(dataSource);
		var monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		systemAccess.run(() -> {
			for (int before = weeks - 1; before >= 0; before--) {
				importer.importProblem(new ProblemGenerator().generate(ProblemSize.DEMO, monday.minusWeeks(before)));
			}
		});
		return monday;
	}

}
