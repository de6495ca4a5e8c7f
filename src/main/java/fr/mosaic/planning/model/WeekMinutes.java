package fr.mosaic.planning.model;

/** Calendar arithmetic on minutes since the week's Monday 00:00. */
public final class WeekMinutes {

	public static final int DAY = 1440;

	public static final int WEEK = 7 * DAY;

	private WeekMinutes() {
	}

	/** Day index of a minute: 0 is Monday; a minute after the week gives 7 or more. */
	public static int dayOf(int minute) {
		return Math.floorDiv(minute, DAY);
	}

	/** Minutes of {@code [start, end)} that fall on calendar day {@code day}. */
	public static int minutesOnDay(int start, int end, int day) {
		int from = Math.max(start, day * DAY);
		int to = Math.min(end, (day + 1) * DAY);
		return Math.max(0, to - from);
	}

}
