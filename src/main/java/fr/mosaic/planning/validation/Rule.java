package fr.mosaic.planning.validation;

import static fr.mosaic.base.LabourLaw.BREAK_MINUTES;
import static fr.mosaic.base.LabourLaw.DAILY_REST_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_DAILY_WORK_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_DUTY_SPAN_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_PART_TIME_INTERRUPTION_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_WORKING_DAYS;
import static fr.mosaic.base.LabourLaw.MAX_WORK_WITHOUT_BREAK_MINUTES;
import static fr.mosaic.base.LabourLaw.WEEKLY_REST_MINUTES;

import org.jspecify.annotations.Nullable;

/**
 * The rules a plan must keep, from the structure of the plan to the per-worker law: each in words and, for a legal
 * rule, the article of the Code du travail it comes from.
 */
public enum Rule {

	// structure of the plan
	WEEK_MISMATCH("plan for another week"), UNKNOWN_SHIFT("shift not in the problem"), DUPLICATE_SHIFT(
			"shift given twice"), MISSING_SHIFT("shift missing from the plan"), INCOMPLETE_SHIFT(
					"shift incomplete"), INVALID_TIME("time that does not exist in the problem's zone"), WRONG_END(
							"end is not the start plus the duration"), MISSING_REASON(
									"uncovered shift without a reason"), UNKNOWN_WORKER("unknown worker"),
	// the request and the coordinator's pins
	OUTSIDE_WINDOW("outside the request's windows"), DISTINCT_DAYS("two shifts of the request on one day"), PIN_BROKEN(
			"pin not kept"),
	// one shift against one worker
	SKILL("skill missing"), EXCLUDED_BY_MEMBER("worker excluded by the member"), EXCLUDED_BY_WORKER(
			"member excluded by the worker"), OUTSIDE_CONTRACT("member not in the worker's contract",
					"L1253-9"), PLACE_OUTSIDE_CONTRACT("place of work not in the worker's contract",
							"L1253-9"), AVAILABILITY(
									"outside the worker's availability"), UNAVAILABLE("worker unavailable"),
	// all shifts of one worker together
	OVERLAP("shifts overlap, travel included"), DAILY_MAX("over " + hours(MAX_DAILY_WORK_MINUTES) + " of work in a day",
			"L3121-18"), WEEKLY_MAX("over the weekly maximum of work",
					"L3121-20"), DUTY_SPAN("under " + hours(DAILY_REST_MINUTES) + " of daily rest: a day spans over "
							+ hours(MAX_DUTY_SPAN_MINUTES), "L3131-1"), WEEKLY_REST(
									"under " + hours(WEEKLY_REST_MINUTES) + " of weekly rest", "L3132-2"), WORKING_DAYS(
											"over " + MAX_WORKING_DAYS + " working days", "L3132-1"), BREAK(
													"no " + BREAK_MINUTES + " min break after "
															+ hours(MAX_WORK_WITHOUT_BREAK_MINUTES) + " of work",
													"L3121-16"), PART_TIME_INTERRUPTIONS(
															"part-time: over one interruption a day",
															"L3123-30"), PART_TIME_LONG_IDLE(
																	"part-time: an interruption over "
																			+ hours(MAX_PART_TIME_INTERRUPTION_MINUTES),
																	"L3123-30");

	private final String words;

	private final @Nullable String article;

	Rule(String words) {
		this(words, null);
	}

	Rule(String words, @Nullable String article) {
		this.words = words;
		this.article = article;
	}

	private static String hours(int minutes) {
		return minutes / 60 + " h";
	}

	/** The rule in a few English words. */
	public String words() {
		return words;
	}

	/** The article of the Code du travail the rule comes from ({@code L3121-18}); null for a rule of the plan. */
	public @Nullable String article() {
		return article;
	}

}
