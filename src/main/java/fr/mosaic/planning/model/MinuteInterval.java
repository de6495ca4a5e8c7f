package fr.mosaic.planning.model;

/**
 * A half-open interval {@code [start, end)} in elapsed minutes since the week's Monday 00:00 ({@link WeekCalendar}).
 */
public record MinuteInterval(int start, int end) {

	public MinuteInterval {
		if (end < start) {
			throw new IllegalArgumentException("end " + end + " before start " + start);
		}
	}

}
