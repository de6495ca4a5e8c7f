package fr.mosaic.planning.validation;

/** The codes of the rules a plan must keep, from the structure of the plan to the per-worker law. */
public enum Rule {

	// structure of the plan
	WEEK_MISMATCH, UNKNOWN_SHIFT, DUPLICATE_SHIFT, MISSING_SHIFT, INCOMPLETE_SHIFT, INVALID_TIME, WRONG_END,
	MISSING_REASON, UNKNOWN_WORKER,
	// the request and the coordinator's pins
	OUTSIDE_WINDOW, DISTINCT_DAYS, PIN_BROKEN,
	// one shift against one worker
	SKILL, EXCLUDED_BY_MEMBER, EXCLUDED_BY_WORKER, AVAILABILITY, UNAVAILABLE,
	// all shifts of one worker together
	OVERLAP, DAILY_MAX, WEEKLY_MAX, DUTY_SPAN, WEEKLY_REST, WORKING_DAYS, BREAK, PART_TIME_INTERRUPTIONS,
	PART_TIME_LONG_IDLE

}
