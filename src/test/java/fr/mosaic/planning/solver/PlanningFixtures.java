package fr.mosaic.planning.solver;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import fr.mosaic.planning.model.MinuteInterval;
import fr.mosaic.planning.model.PlanningMember;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningSite;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekCalendar;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * Named members, sites, workers and requests for the constraint tests; times in elapsed minutes since Monday 00:00 of a
 * week without a change of the clocks, or of a week with one for the tests of elapsed time.
 */
final class PlanningFixtures {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final WeekCalendar CALENDAR = WeekCalendar.of(LocalDate.of(2026, 11, 23), PARIS);

	/** The week the clocks go forward on its Sunday (2026-03-29, 02:00 becomes 03:00): 10,020 minutes. */
	static final WeekCalendar SPRING_FORWARD = WeekCalendar.of(LocalDate.of(2026, 3, 23), PARIS);

	/** The week the clocks go back on its Sunday (2026-10-25, 03:00 becomes 02:00): 10,140 minutes. */
	static final WeekCalendar FALL_BACK = WeekCalendar.of(LocalDate.of(2026, 10, 19), PARIS);

	static final int MONDAY = 0;

	static final int TUESDAY = 1;

	static final int WEDNESDAY = 2;

	static final String BOOKKEEPING = "bookkeeping";

	static final String GREENS = "greens";

	static final PlanningSite SITE_A = new PlanningSite("a-site", 0);

	static final PlanningSite SITE_B = new PlanningSite("b-site", 1);

	static final int TRAVEL_A_TO_B = 30;

	static final PlanningWorker FULL_TIME_WORKER = PlanningWorker.builder("full-time", 2100, CALENDAR)
			.skills(Set.of(BOOKKEEPING))
			.unavailable(List.of(new MinuteInterval(at(WEDNESDAY, 0, 0), at(WEDNESDAY + 1, 0, 0)))).build();

	// Available Monday 07:00–18:00 only.
	static final PlanningWorker PART_TIME_WORKER = PlanningWorker.builder("part-time", 1200, CALENDAR)
			.skills(Set.of(BOOKKEEPING, GREENS))
			.availability(List.of(new MinuteInterval(at(MONDAY, 7, 0), at(MONDAY, 18, 0)))).build();

	static final PlanningWorker SMALL_CONTRACT_WORKER = PlanningWorker.builder("small-contract", 240, CALENDAR)
			.maxMinutes(600).partTime(false).skills(Set.of(BOOKKEEPING)).build();

	static final PlanningWorker EXCLUDED_WORKER = PlanningWorker.builder("excluded", 2100, CALENDAR)
			.skills(Set.of(BOOKKEEPING)).excludedMembers(Set.of("member-b")).build();

	// Contracted for member B only (Code du travail L1253-9).
	static final PlanningWorker CONTRACTED_TO_B = PlanningWorker.builder("contracted-to-b", 2100, CALENDAR)
			.skills(Set.of(BOOKKEEPING)).contractMembers(Set.of("member-b")).build();

	/** Any member, but only at site B: the contract names that place of work alone (L1253-9). */
	static final PlanningWorker CONTRACTED_AT_SITE_B = PlanningWorker.builder("contracted-at-b-site", 2100, CALENDAR)
			.skills(Set.of(BOOKKEEPING)).contractSites(Set.of("b-site")).build();

	static final PlanningWorker A_LOVER = PlanningWorker.builder("a-lover", 2100, CALENDAR).skills(Set.of(BOOKKEEPING))
			.preferredMembers(Set.of("member-a")).build();

	// Excludes the excluded worker and has had the full-time worker (bookkeeping) in recent weeks.
	static final PlanningMember MEMBER_A = new PlanningMember("member-a", Set.of("excluded"), Map.of("full-time", 480));

	static final PlanningMember MEMBER_B = new PlanningMember("member-b", Set.of(), Map.of());

	static final List<MinuteInterval> WHOLE_WEEK = List.of(new MinuteInterval(0, CALENDAR.weekMinutes()));

	static final PlanningRequest FOUR_HOURS_AT_A = request("four-hours-a", MEMBER_A, SITE_A, 240, false, false);

	static final PlanningRequest FOUR_HOURS_AT_B = request("four-hours-b", MEMBER_B, SITE_B, 240, false, false);

	static final PlanningRequest THREE_HOURS_AT_A = request("three-hours-a", MEMBER_A, SITE_A, 180, false, false);

	static final PlanningRequest TWO_HOURS_AT_A = request("two-hours-a", MEMBER_A, SITE_A, 120, false, false);

	static final PlanningRequest SIX_HOURS_AT_B = request("six-hours-b", MEMBER_B, SITE_B, 360, false, false);

	static final PlanningRequest GREENS_AT_A = new PlanningRequest("greens-a", MEMBER_A, SITE_A, GREENS, 240,
			WHOLE_WEEK, 30, false, false, CALENDAR);

	static final PlanningRequest DISTINCT_DAYS_AT_A = request("distinct-a", MEMBER_A, SITE_A, 240, true, false);

	static final PlanningRequest EXTRA_AT_B = request("extra-b", MEMBER_B, SITE_B, 240, false, true);

	static {
		SITE_A.setTravelMinutes(new int[] { 0, TRAVEL_A_TO_B });
		SITE_B.setTravelMinutes(new int[] { TRAVEL_A_TO_B, 0 });
	}

	private static int shiftCount;

	private PlanningFixtures() {
	}

	/**
	 * One second of local search with these moves alone, annealing as packaged, every score recomputed and every undo
	 * checked ({@code FULL_ASSERT}): a move that corrupts the score fails the solve.
	 */
	static SolverConfig oneSecondOf(Class<? extends MoveIteratorFactory<WeekPlanSolution, ?>> moves) {
		return new SolverConfig().withSolutionClass(WeekPlanSolution.class).withEntityClasses(ShiftAssignment.class)
				.withConstraintProviderClass(MosaicConstraintProvider.class)
				.withEnvironmentMode(EnvironmentMode.FULL_ASSERT).withRandomSeed(7L)
				.withPhases(new LocalSearchPhaseConfig()
						.withMoveSelectorConfig(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(moves))
						.withAcceptorConfig(new LocalSearchAcceptorConfig()
								.withSimulatedAnnealingStartingTemperature("0hard/60medium/3000soft")))
				.withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(1)));
	}

	/** Elapsed minute of a wall-clock time of the usual week. */
	static int at(int day, int hour, int minute) {
		return at(CALENDAR, day, hour, minute);
	}

	/** Elapsed minute of a wall-clock time (its first occurrence) in a week. */
	static int at(WeekCalendar calendar, int day, int hour, int minute) {
		return calendar.minuteOf(calendar.weekStart().plusDays(day).atTime(hour, minute));
	}

	private static PlanningRequest request(String id, PlanningMember member, PlanningSite site, int duration,
			boolean distinctDays, boolean extra) {
		return new PlanningRequest(id, member, site, BOOKKEEPING, duration, WHOLE_WEEK, 30, distinctDays, extra,
				CALENDAR);
	}

	/** A full-time worker, free all week, of a week the clocks change in. */
	static PlanningWorker fullTimeWorkerOf(WeekCalendar calendar) {
		return PlanningWorker.builder("full-time-" + calendar.weekStart(), 2100, calendar).skills(Set.of(BOOKKEEPING))
				.build();
	}

	/** A bookkeeping request at site A of that week, starting anywhere in it on the half hour. */
	static PlanningRequest requestOf(WeekCalendar calendar, int duration) {
		return new PlanningRequest("at-a-" + duration + "-" + calendar.weekStart(), MEMBER_A, SITE_A, BOOKKEEPING,
				duration, List.of(new MinuteInterval(0, calendar.weekMinutes())), 30, false, false, calendar);
	}

	/** A shift of the request given to the worker at the start; each call makes a new shift. */
	static ShiftAssignment shift(PlanningRequest request, PlanningWorker worker, int start) {
		ShiftAssignment shift = new ShiftAssignment(request, shiftCount++);
		shift.setWorker(worker);
		shift.setStart(start);
		return shift;
	}

	static ShiftAssignment uncovered(PlanningRequest request) {
		ShiftAssignment shift = new ShiftAssignment(request, shiftCount++);
		shift.setStart(request.getAllowedStarts().getFirst());
		return shift;
	}

	/** The ids of the shifts, in the order given, as justifications list them. */
	static List<String> ids(ShiftAssignment... shifts) {
		return Arrays.stream(shifts).map(ShiftAssignment::getId).toList();
	}

	/** One four-hour morning shift a day at site A, from Monday on. */
	static ShiftAssignment[] mornings(PlanningWorker worker, int days) {
		ShiftAssignment[] shifts = new ShiftAssignment[days];
		for (int day = 0; day < days; day++) {
			shifts[day] = shift(FOUR_HOURS_AT_A, worker, at(day, 8, 0));
		}
		return shifts;
	}

	/** 09:00–13:00 from Monday to Saturday of a week: the rest after the last one is the week's longest. */
	static ShiftAssignment[] daysUntilSaturday(WeekCalendar calendar, PlanningWorker worker) {
		ShiftAssignment[] shifts = new ShiftAssignment[6];
		for (int day = 0; day < shifts.length; day++) {
			shifts[day] = shift(requestOf(calendar, 240), worker, at(calendar, day, 9, 0));
		}
		return shifts;
	}

}
