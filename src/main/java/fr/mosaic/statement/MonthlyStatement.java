package fr.mosaic.statement;

import java.time.YearMonth;
import java.util.List;

/**
 * A member's hours of a month, as the group invoices them: the elapsed minutes each worker worked at each of the
 * member's sites in the month's published shifts.
 *
 * @param lines one per worker and site with minutes in the month, by worker's name then site's name
 */
public record MonthlyStatement(YearMonth month, String memberCode, String memberName, List<Line> lines) {

	/** Elapsed minutes of all lines. */
	public long totalMinutes() {
		return lines.stream().mapToLong(Line::minutes).sum();
	}

	/** @param minutes elapsed minutes the worker worked at the site in the month, more than 0 */
	public record Line(String workerCode, String workerName, String siteCode, String siteName, long minutes) {
	}

}
