package fr.mosaic.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A monthly statement as a CSV file (RFC 4180, comma-separated, UTF-8), a line per worker and site: its columns are
 * named in {@link #HEADER}, stable whatever the reader's language so that an invoicing tool can read them; hours are
 * decimal with a dot ({@code 7.50} for 7 h 30).
 */
public final class StatementCsv {

	/** The columns: month ({@code 2026-10}), member's and worker's and site's ids and names, minutes, hours. */
	public static final String[] HEADER = { "month", "member_id", "member", "worker_id", "worker", "site_id", "site",
			"minutes", "hours" };

	private static final BigDecimal MINUTES_AN_HOUR = BigDecimal.valueOf(60);

	private StatementCsv() {
	}

	public static String write(MonthlyStatement statement) {
		var out = new StringBuilder();
		try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (var line : statement.lines()) {
				printer.printRecord(statement.month(), statement.memberCode(), statement.memberName(),
						line.workerCode(), line.workerName(), line.siteCode(), line.siteName(), line.minutes(),
						hours(line.minutes()));
			}
		} catch (IOException ex) {
			// a StringBuilder does not fail
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static BigDecimal hours(long minutes) {
		return BigDecimal.valueOf(minutes).divide(MINUTES_AN_HOUR, 2, RoundingMode.HALF_UP);
	}

}
