package fr.mosaic.consolidation;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import javax.sql.DataSource;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.transfer.ProblemImporter;

/**
 * The demo group with its requests for the coming week, alone in an emptied register, not planned; and its weeks
 * planned, as a what-if needs.
 */
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

	/**
	 * Plans each week with requests of the {@code weeks} weeks ending with {@code monday}'s, briefly, storing its plan
	 * as the planning screen does: the plans the what-ifs start from.
	 */
	public static void planned(PlanningService planning, SystemAccess systemAccess, LocalDate monday, int weeks) {
		for (int before = weeks - 1; before >= 0; before--) {
			var week = monday.minusWeeks(before);
			if (systemAccess.call(() -> planning.week(week).requests().isEmpty())) {
				continue;
			}
			var job = systemAccess.call(() -> planning.solveWeek(week, Duration.ofSeconds(1), status -> {
			}));
			await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100)).until(() -> systemAccess
					.call(() -> planning.status(job).map(status -> status.state().finished()).orElse(false)));
			if (systemAccess.call(() -> planning.storedPlan(week)).isEmpty()) {
				throw new IllegalStateException("no plan stored for the week of " + week);
			}
		}
	}

}
