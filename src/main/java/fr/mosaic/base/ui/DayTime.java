package fr.mosaic.base.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * A weekday between two times, as the rows of weekly patterns and request windows edit it. A {@code to} of
 * {@link LocalTime#MIDNIGHT} is the midnight that ends the day, shown {@code 24:00}.
 */
public record DayTime(DayOfWeek day, LocalTime from, LocalTime to) {

	/** How the end of the day is written (spec, "Time: elapsed minutes, clock changes, midnight"). */
	public static final String END_OF_DAY = "24:00";

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	/** Whether the row runs to the end of its day. */
	public boolean endsAtMidnight() {
		return to.equals(LocalTime.MIDNIGHT);
	}

	/** Whether the row ends after it starts: an end of midnight ends the day, after any start. */
	public boolean isOrdered() {
		return endsAtMidnight() || from.isBefore(to);
	}

	/** {@code 08:00–12:00}, {@code 20:00–24:00}. */
	public String hours() {
		return time(from) + "–" + end(to);
	}

	/** A time as shown, in every language: {@code HH:MM}. */
	public static String time(LocalTime time) {
		return HH_MM.format(time);
	}

	/** An end as shown: {@code HH:MM}, midnight as {@code 24:00}. */
	public static String end(LocalTime to) {
		return to.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : time(to);
	}

}
