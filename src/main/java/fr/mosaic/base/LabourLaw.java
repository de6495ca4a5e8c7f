package fr.mosaic.base;

/**
 * The figures of the Code du travail that Mosaic plans by, each written once. Durations are elapsed minutes (what a
 * worker lives through, across a change of the clocks too), counts are days. Entities' Bean Validation, the problem
 * checker, the solver's rules, the independent validator and the screens' messages all take them from here; the
 * validator keeps its own reading of the rules, not its own figures. {@code LabourLawFiguresTest} fails on a copy of
 * one of them anywhere else in the sources.
 */
public final class LabourLaw {

	/** At most 10 h (600 min) of work in a calendar day, travel between sites included (L3121-18). */
	public static final int MAX_DAILY_WORK_MINUTES = 10 * 60;

	/** At most 48 h (2,880 min) of work in a week, and never above the worker's contract maximum (L3121-20). */
	public static final int MAX_WEEKLY_WORK_MINUTES = 48 * 60;

	/** 11 consecutive hours (660 min) of daily rest; a shorter gap keeps two shifts in one duty period (L3131-1). */
	public static final int DAILY_REST_MINUTES = 11 * 60;

	/**
	 * A duty period spans at most 13 h (780 min) from its first start to its last end: 24 h less the daily rest
	 * (L3131-1).
	 */
	public static final int MAX_DUTY_SPAN_MINUTES = 13 * 60;

	/** 35 consecutive hours (2,100 min) of weekly rest: the 24 h of L3132-2 plus the 11 h of daily rest (L3132-2). */
	public static final int WEEKLY_REST_MINUTES = 35 * 60;

	/** At most 6 calendar days with work in a week (L3132-1). */
	public static final int MAX_WORKING_DAYS = 6;

	/** A break of at least 20 min (L3121-16). */
	public static final int BREAK_MINUTES = 20;

	/** Work running 6 h (360 min) without a break is the most allowed before the break is due (L3121-16). */
	public static final int MAX_WORK_WITHOUT_BREAK_MINUTES = 6 * 60;

	/** Part-time workers: the one interruption of a day lasts at most 2 h (120 min) (L3123-30, the default rule). */
	public static final int MAX_PART_TIME_INTERRUPTION_MINUTES = 2 * 60;

	/**
	 * Part-time workers: idle time above 30 min between two shifts counts as an interruption (the interchange spec's
	 * reading of "interruption" in L3123-30; shorter gaps are the pauses of one stretch of work).
	 */
	public static final int INTERRUPTION_THRESHOLD_MINUTES = 30;

	/** Full time is 35 h (2,100 min) a week; below it a worker is part-time unless said otherwise (L3121-27). */
	public static final int FULL_TIME_WEEKLY_MINUTES = 35 * 60;

	/**
	 * A calendar day on which the clocks do not change: 24 h (1,440 min); not a legal figure, the unit days count in.
	 */
	public static final int PLAIN_DAY_MINUTES = 24 * 60;

	private LabourLaw() {
	}

	/**
	 * The figures as arguments of the messages that state the rules ({@code planning.rule.*},
	 * {@code planning.block.*}), in hours unless said: {0} daily work, {1} duty span, {2} daily rest, {3} weekly rest,
	 * {4} working days, {5} work before a break, {6} the break in minutes, {7} a part-time interruption, {8} weekly
	 * work. The explanations of penalties ({@code planning.justification.*}) take them from {10} on, after their
	 * record's components.
	 */
	public static Object[] messageArguments() {
		return new Object[] { MAX_DAILY_WORK_MINUTES / 60, MAX_DUTY_SPAN_MINUTES / 60, DAILY_REST_MINUTES / 60,
				WEEKLY_REST_MINUTES / 60, MAX_WORKING_DAYS, MAX_WORK_WITHOUT_BREAK_MINUTES / 60, BREAK_MINUTES,
				MAX_PART_TIME_INTERRUPTION_MINUTES / 60, MAX_WEEKLY_WORK_MINUTES / 60 };
	}

}
