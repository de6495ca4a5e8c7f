package fr.mosaic.planning.validation;

import static fr.mosaic.base.LabourLaw.PLAIN_DAY_MINUTES;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

import fr.mosaic.interchange.WallTime;

/**
 * The validator's own reading of the spec's time rules, kept apart from the solver's: minutes are elapsed minutes since
 * the week's Monday 00:00 in the problem's zone, and a calendar day runs from one local midnight to the next (so a day
 * the clocks change is 23 or 25 hours long).
 */
final class WeekClock {

	private final LocalDate weekStart;

	private final ZoneId zone;

	private final long originSecond;

	// dayStarts[i]: elapsed minute of the midnight that starts day i - 1; the week, a day before and two after.
	private final int[] dayStarts = new int[10];

	WeekClock(LocalDate weekStart, ZoneId zone) {
		this.weekStart = weekStart;
		this.zone = zone;
		this.originSecond = weekStart.atStartOfDay(zone).toEpochSecond();
		for (int i = 0; i < dayStarts.length; i++) {
			dayStarts[i] = elapsed(weekStart.plusDays(i - 1L).atStartOfDay(zone));
		}
	}

	/** Elapsed minutes of the week: 10,080, or an hour less or more when the clocks change in it. */
	int weekLength() {
		return dayStart(7);
	}

	/** Whether the time exists in the zone, with its offset if it gives one. */
	boolean exists(WallTime time) {
		var offsets = zone.getRules().getValidOffsets(time.local());
		return time.offset() == null ? !offsets.isEmpty() : offsets.contains(time.offset());
	}

	/** Elapsed minute of a time; without offset a repeated time is its first occurrence. */
	int minute(WallTime time) {
		return elapsed(ZonedDateTime.ofLocal(time.local(), zone, time.offset()));
	}

	/**
	 * Elapsed minute of a weekly pattern's bound on a date: its first occurrence, or the moment the clocks jump when
	 * they skip it.
	 */
	int bound(LocalDateTime local) {
		ZoneOffsetTransition gap = zone.getRules().getTransition(local);
		return gap != null && gap.isGap()
				? elapsed(gap.getInstant().atZone(zone))
				: elapsed(ZonedDateTime.ofLocal(local, zone, null));
	}

	/** A minute as a plan writes it. */
	WallTime time(int minute) {
		return WallTime.of(Instant.ofEpochSecond(originSecond + 60L * minute).atZone(zone));
	}

	LocalDate date(int day) {
		return weekStart.plusDays(day);
	}

	/** Elapsed minute of the midnight that starts a day (0 is Monday; -1 to 8 follow the clocks). */
	int dayStart(int day) {
		if (day < -1) {
			return dayStarts[0] + (day + 1) * PLAIN_DAY_MINUTES;
		}
		return day + 1 < dayStarts.length
				? dayStarts[day + 1]
				: dayStarts[dayStarts.length - 1] + (day + 2 - dayStarts.length) * PLAIN_DAY_MINUTES;
	}

	/** The calendar day of a minute: 0 is Monday. */
	int day(int minute) {
		int day = -1;
		while (dayStart(day) > minute) {
			day--;
		}
		while (dayStart(day + 1) <= minute) {
			day++;
		}
		return day;
	}

	private int elapsed(ZonedDateTime time) {
		return (int) Math.floorDiv(time.toEpochSecond() - originSecond, 60);
	}

}
