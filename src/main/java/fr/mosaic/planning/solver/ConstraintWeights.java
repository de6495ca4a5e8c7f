package fr.mosaic.planning.solver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The rules' names and default weights, in one place. Every rule penalises minutes (or a count, for
 * {@link #EMPLOYERS_PER_WORKER_PER_DAY}); the weight says what one such unit costs.
 */
public final class ConstraintWeights {

	public static final String REQUIRED_SKILL = "requiredSkill";

	public static final String MUTUAL_EXCLUSION = "mutualExclusion";

	public static final String MEMBER_IN_CONTRACT = "memberInContract";

	public static final String PLACE_OF_WORK_IN_CONTRACT = "placeOfWorkInContract";

	public static final String AVAILABILITY = "availability";

	public static final String NO_OVERLAP_INCLUDING_TRAVEL = "noOverlapIncludingTravel";

	public static final String DAILY_WORK_OF_10_HOURS = "dailyWorkOf10Hours";

	public static final String WEEKLY_MAXIMUM = "weeklyMaximum";

	public static final String DUTY_PERIOD_OF_13_HOURS = "dutyPeriodOf13Hours";

	public static final String WEEKLY_REST_OF_35_HOURS = "weeklyRestOf35Hours";

	public static final String AT_MOST_SIX_WORKING_DAYS = "atMostSixWorkingDays";

	public static final String BREAK_AFTER_6_HOURS = "breakAfter6Hours";

	public static final String PART_TIME_INTERRUPTION = "partTimeInterruption";

	public static final String DISTINCT_DAYS = "distinctDays";

	public static final String START_INSIDE_WINDOWS = "startInsideWindows";

	public static final String UNCOVERED_MINUTES = "uncoveredMinutes";

	public static final String MEMBER_LEFT_WITH_NOTHING = "memberLeftWithNothing";

	public static final String CHANGE_FROM_PUBLISHED = "changeFromPublished";

	public static final String CONSOLIDATE_TO_CONTRACT_HOURS = "consolidateToContractHours";

	public static final String OVERTIME_ABOVE_CONTRACT = "overtimeAboveContract";

	public static final String FAIR_UNCOVERED_MINUTES_BETWEEN_MEMBERS = "fairUncoveredMinutesBetweenMembers";

	public static final String CONTINUITY_WITH_HISTORY = "continuityWithHistory";

	public static final String SAME_WORKER_WITHIN_REQUEST = "sameWorkerWithinRequest";

	public static final String EMPLOYERS_PER_WORKER_PER_DAY = "employersPerWorkerPerDay";

	public static final String IDLE_GAPS = "idleGaps";

	public static final String TRAVEL_TIME = "travelTime";

	public static final String PREFERRED_MEMBERS = "preferredMembers";

	/** An uncovered minute of a contracted request counts this many times one of an extra request. */
	public static final int CONTRACTED_UNCOVERED_FACTOR = 2;

	/** Soft points of one minute a worker misses of their contract, the unit the other soft weights are read in. */
	private static final long CONTRACT_MINUTE = 10;

	private static final SequencedMap<String, HardMediumSoftLongScore> DEFAULTS = defaults();

	private ConstraintWeights() {
	}

	private static SequencedMap<String, HardMediumSoftLongScore> defaults() {
		SequencedMap<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
		for (String hard : new String[] { REQUIRED_SKILL, MUTUAL_EXCLUSION, MEMBER_IN_CONTRACT,
				PLACE_OF_WORK_IN_CONTRACT, AVAILABILITY, NO_OVERLAP_INCLUDING_TRAVEL, DAILY_WORK_OF_10_HOURS,
				WEEKLY_MAXIMUM, DUTY_PERIOD_OF_13_HOURS, WEEKLY_REST_OF_35_HOURS, AT_MOST_SIX_WORKING_DAYS,
				BREAK_AFTER_6_HOURS, PART_TIME_INTERRUPTION, DISTINCT_DAYS, START_INSIDE_WINDOWS }) {
			weights.put(hard, HardMediumSoftLongScore.ONE_HARD);
		}
		weights.put(UNCOVERED_MINUTES, HardMediumSoftLongScore.ONE_MEDIUM);
		// A count, not minutes: a member left with nothing costs like 16 uncovered hours of an extra request (8 of a
		// contracted one), so the solver gives it a shift even at the cost of a longer one elsewhere.
		weights.put(MEMBER_LEFT_WITH_NOTHING, HardMediumSoftLongScore.ofMedium(960));
		// Per u²/2r (u uncovered, r requested, weighted minutes): one more uncovered minute at a member already missing
		// a share s costs s more, so coverage goes first to the members who lack most.
		weights.put(FAIR_UNCOVERED_MINUTES_BETWEEN_MEMBERS, HardMediumSoftLongScore.ONE_MEDIUM);
		// A published shift is a promise to a worker and a member: changing it weighs with coverage, above every
		// preference, so no comfort gain moves it; a changed minute costs half an uncovered contracted one, so a change
		// that covers a contracted shift of the same length is still made.
		weights.put(CHANGE_FROM_PUBLISHED, HardMediumSoftLongScore.ONE_MEDIUM);
		// Soft weights are per minute: filling a contract beats the comfort rules, travel costs twice an idle minute.
		weights.put(CONSOLIDATE_TO_CONTRACT_HOURS, HardMediumSoftLongScore.ofSoft(CONTRACT_MINUTE));
		weights.put(OVERTIME_ABOVE_CONTRACT, HardMediumSoftLongScore.ofSoft(CONTRACT_MINUTE));
		weights.put(CONTINUITY_WITH_HISTORY, HardMediumSoftLongScore.ofSoft(6));
		weights.put(SAME_WORKER_WITHIN_REQUEST, HardMediumSoftLongScore.ofSoft(2));
		// A count, not minutes: one more employer in a day costs like an hour of contract missing. At 60 (an hour idle)
		// the search traded it for contract minutes and served more employers a day than first-fit on 11 of 36 weeks.
		weights.put(EMPLOYERS_PER_WORKER_PER_DAY, HardMediumSoftLongScore.ofSoft(60 * CONTRACT_MINUTE));
		weights.put(IDLE_GAPS, HardMediumSoftLongScore.ofSoft(1));
		weights.put(TRAVEL_TIME, HardMediumSoftLongScore.ofSoft(2));
		weights.put(PREFERRED_MEMBERS, HardMediumSoftLongScore.ofSoft(1));
		return Collections.unmodifiableSequencedMap(weights);
	}

	/** Default weights by rule name, hard rules first. */
	public static SequencedMap<String, HardMediumSoftLongScore> defaultWeights() {
		return DEFAULTS;
	}

	static HardMediumSoftLongScore defaultWeight(String constraintName) {
		HardMediumSoftLongScore weight = DEFAULTS.get(constraintName);
		if (weight == null) {
			throw new IllegalArgumentException("No default weight for constraint " + constraintName);
		}
		return weight;
	}

	/**
	 * The default weights with some replaced, from rule name to a score string such as {@code "0hard/0medium/5soft"}. A
	 * zero weight switches a rule off.
	 *
	 * @throws IllegalArgumentException naming the entry when a name is unknown or a weight does not parse
	 */
	public static ConstraintWeightOverrides<HardMediumSoftLongScore> withOverrides(Map<String, String> overrides) {
		Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>(DEFAULTS);
		overrides.forEach((name, value) -> {
			if (!DEFAULTS.containsKey(name)) {
				throw new IllegalArgumentException("Unknown constraint '" + name + "'; known: " + DEFAULTS.keySet());
			}
			try {
				weights.put(name, HardMediumSoftLongScore.parseScore(value.strip()));
			} catch (RuntimeException e) {
				throw new IllegalArgumentException(
						"Weight of constraint '" + name + "' is not a score like 0hard/0medium/1soft: " + value, e);
			}
		});
		return ConstraintWeightOverrides.of(weights);
	}

}
