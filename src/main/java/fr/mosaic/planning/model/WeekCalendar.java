package fr.mosaic.planning.model;

import static fr.mosaic.base.LabourLaw.PLAIN_DAY_MINUTES;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The planned week on the group's clock. The model counts time in elapsed minutes since the week's Monday 00:00 local
 * time, as {@code docs/spec/interchange.md} ("Time: elapsed minutes, clock changes, midnight") requires: a calendar day
 * runs from one local midnight to the next and lasts 1,380, 1,440 or 1,500 minutes when the clocks change that night,
 * so in {@code Europe/Paris} the week of 2026-10-19 lasts 10,140 minutes and that of 2026-03-23 10,020. Immutable; the
 * lookups the solver makes while moving are array reads.
 */
public final class WeekCalendar {

	// Midnights of Monday to the Monday after the week: availability and shifts are tracked up to the end of it.
	private static final int TRACKED_DAYS = 8;

	private final LocalDate weekStart;

	private final ZoneId zone;

	private final Instant origin;

	// midnights[d]: elapsed minute of the local midnight that starts day d (0 is Monday), for d in 0..TRACKED_DAYS.
	private final int[] midnights = new int[TRACKED_DAYS + 1];

	private WeekCalendar(LocalDate weekStart, ZoneId zone) {
		this.weekStart = weekStart;
		this.zone = zone;
		this.origin = weekStart.atStartOfDay(zone).toInstant();
		for (int day = 0; day <= TRACKED_DAYS; day++) {
			midnights[day] = minuteOf(weekStart.plusDays(day).atStartOfDay(zone));
		}
	}

	/** The week starting on {@code weekStart} (a Monday) at local midnight in {@code zone}. */
	public static WeekCalendar of(LocalDate weekStart, ZoneId zone) {
		return new WeekCalendar(weekStart, zone);
	}

	public LocalDate weekStart() {
		return weekStart;
	}

	public ZoneId zone() {
		return zone;
	}

	/** Elapsed minutes from Monday 00:00 to the next Monday 00:00: 10,080 unless the clocks change in the week. */
	public int weekMinutes() {
		return midnights[7];
	}

	/** Elapsed minutes of the week under observation: the week and the Monday after it. */
	public int trackedMinutes() {
		return midnights[TRACKED_DAYS];
	}

	/**
	 * Elapsed minute of the local midnight starting day {@code day} (0 is Monday, 7 the Monday after); days beyond the
	 * tracked ones count 1,440 minutes each.
	 */
	public int dayStart(int day) {
		if (day < 0) {
			return day * PLAIN_DAY_MINUTES;
		}
		return day <= TRACKED_DAYS
				? midnights[day]
				: midnights[TRACKED_DAYS] + (day - TRACKED_DAYS) * PLAIN_DAY_MINUTES;
	}

	/** The calendar day an elapsed minute falls on: 0 is Monday, 7 or more after the week, negative before it. */
	public int dayOf(int minute) {
		if (minute < 0) {
			return Math.floorDiv(minute, PLAIN_DAY_MINUTES);
		}
		if (minute >= midnights[TRACKED_DAYS]) {
			return TRACKED_DAYS + (minute - midnights[TRACKED_DAYS]) / PLAIN_DAY_MINUTES;
		}
		int day = TRACKED_DAYS - 1;
		while (midnights[day] > minute) {
			day--;
		}
		return day;
	}

	/** Elapsed minutes of {@code [start, end)} that fall on calendar day {@code day}. */
	public int minutesOnDay(int start, int end, int day) {
		return Math.max(0, Math.min(end, dayStart(day + 1)) - Math.max(start, dayStart(day)));
	}

	/**
	 * Elapsed minute of a local time; a time that occurs twice means its first occurrence.
	 *
	 * @throws DateTimeException when the time does not exist (the hour skipped when the clocks go forward)
	 */
	public int minuteOf(LocalDateTime time) {
		if (zone.getRules().getValidOffsets(time).isEmpty()) {
			throw new DateTimeException(time + " does not exist in " + zone);
		}
		return minuteOf(ZonedDateTime.ofLocal(time, zone, null));
	}

	/** Elapsed minute of a moment, whatever its zone; the week's Monday 00:00 is 0. */
	public int minuteOf(ZonedDateTime time) {
		return Math.toIntExact(Math.floorDiv(time.toInstant().getEpochSecond() - origin.getEpochSecond(), 60));
	}

	/**
	 * Elapsed minute where a bound of a weekly pattern (an availability's "from" or "to") falls: its first occurrence,
	 * or, for a time the clocks skip, the moment they jump, so the pattern keeps every hour that exists.
	 */
	public int boundaryMinute(LocalDateTime time) {
		ZoneRules rules = zone.getRules();
		if (rules.getValidOffsets(time).isEmpty()) {
			return minuteOf(rules.getTransition(time).getInstant().atZone(zone));
		}
		return minuteOf(time);
	}

	/** The moment of an elapsed minute, in the group's zone (its offset tells the two occurrences of a time apart). */
	public ZonedDateTime timeOf(int minute) {
		return origin.plusSeconds(60L * minute).atZone(zone);
	}

	@Override
	public String toString() {
		return "week of " + weekStart + " in " + zone + " " + Arrays.toString(midnights);
	}

}
