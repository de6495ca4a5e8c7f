package fr.mosaic.statement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import fr.mosaic.base.ui.WeekField;
import fr.mosaic.weekplan.PlannedShift;

/**
 * A calendar month on the group's clock, from the local midnight starting its first day to the one starting the next
 * month, and the part of a shift inside it: each elapsed minute counts in the month it falls in, so a shift across a
 * month's last midnight is split between the two months, and a night the clocks go back or forward counts the minutes
 * lived, not the wall-clock difference ({@code docs/spec/interchange.md}, "Time: elapsed minutes, clock changes,
 * midnight").
 */
record MonthSpan(YearMonth month, ZoneId zone) {

	/** The Mondays of the ISO weeks holding a day of the month: a shift lies within its request's week. */
	List<LocalDate> mondays() {
		return Stream.iterate(WeekField.mondayOf(month.atDay(1)), monday -> !monday.isAfter(month.atEndOfMonth()),
				monday -> monday.plusWeeks(1)).toList();
	}

	/**
	 * Elapsed minutes of a covered shift inside the month, 0 when it lies outside.
	 *
	 * @param shift a covered shift: its start (with the offset of a repeated time) and its request's duration, in
	 *        elapsed minutes
	 */
	long minutesOf(PlannedShift shift) {
		var from = Elapsed.later(Elapsed.start(shift, zone), instant(month.atDay(1)));
		var to = Elapsed.earlier(Elapsed.end(shift, zone), instant(month.plusMonths(1).atDay(1)));
		return from.isBefore(to) ? Duration.between(from, to).toMinutes() : 0;
	}

	private Instant instant(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}

}
