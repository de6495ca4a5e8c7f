package fr.mosaic.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;

import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Skill;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.planning.WeekPlanSolutionMapper;
import fr.mosaic.planning.WeekSolver;
import fr.mosaic.planning.validation.PlanValidator;

/** The bounds hold against the plans both planners find, and the exact model's optimum is a legal plan. */
class PlanBoundTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	// 3 workers, 12 requests (72 h asked): CP-SAT proves 59 h the most any legal plan covers, and the solver, stopping
	// after 5 s without a better plan, finds a plan that covers as much.
	@Test
	void exactOptimumOfASmallWeekIsLegalAndTheSolverReachesIt() {
		ProblemDocument problem = small(3, 12);

		PlanBound.Figures bound = PlanBound.of(problem, Duration.ofSeconds(60));
		var outcome = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(), new WeekPlanSolutionMapper())
				.solve(problem, List.of(), Duration.ofSeconds(20), Duration.ofSeconds(5), Locale.ROOT);
		PlanMetrics solved = PlanMetrics.of(problem, outcome.plan());

		assertThat(bound.coverageKind()).isEqualTo(PlanBound.Kind.EXACT);
		PlanDocument optimum = bound.plan();
		assertThat(optimum).isNotNull();
		assertThat(new PlanValidator().validate(problem, optimum)).isEmpty();
		assertThat(PlanMetrics.of(problem, optimum).coveredMinutes()).isEqualTo(bound.coverableMinutes());
		assertThat(solved.hardViolations()).isZero();
		assertThat(solved.coveredMinutes()).isEqualTo(bound.coverableMinutes());
	}

	@Test
	void boundsHoldOnTheBenchmarksSmallWeek() {
		ProblemDocument problem = new ProblemGenerator().generate(ProblemSize.S, MONDAY);
		PlanMetrics greedy = PlanMetrics.of(problem, new GreedyPlanner().plan(problem));

		PlanBound.Figures bound = PlanBound.of(problem, Duration.ofSeconds(10));

		assertThat(bound.coverableMinutes()).isGreaterThanOrEqualTo(greedy.coveredMinutes())
				.isLessThanOrEqualTo(greedy.requestedMinutes());
		assertThat(bound.shortfallMinutes()).isBetween(0L, greedy.contractShortfallMinutes());
		// a member nobody can serve gets nothing from any plan
		assertThat(bound.unservableMembers()).isBetween(0, greedy.members().membersWithNothing());
	}

	// max 5a + 4b with 6a + 4b ≤ 9 and a, b in [0, 1]: the integer optimum is 5 (a alone), the LP's 8 (a, 3/4 of b)
	@Test
	void lpBoundsTheIntegerOptimumFromAboveAndCpSatReachesIt() {
		Loader.loadNativeLibraries();
		LinearModel model = new LinearModel();
		int row = model.row(9);
		model.column(1, 5, true);
		model.term(row, 6);
		model.column(1, 4, true);
		model.term(row, 4);

		assertThat(model.lp(Duration.ofSeconds(5), 9)).isEqualTo(8);
		assertThat(model.lp(Duration.ofSeconds(5), 9, 0)).isEqualTo(8);
		assertThat(model.cpSat(new CpSolver())).isEqualTo(5);
	}

	@Test
	void lpBoundOfTheSmallWeekHoldsAboveItsExactAndRelaxedOptima() {
		ProblemDocument problem = small(3, 12);
		LinearModel model = new PlanBound(problem, Duration.ofSeconds(10)).coverageModel();
		long requested = PlanMetrics.of(problem, new GreedyPlanner().plan(problem)).requestedMinutes();
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(10);

		Long lp = model.lp(Duration.ofSeconds(10), requested);
		Long integer = model.cpSat(solver);

		assertThat(solver.bestObjectiveBound()).isEqualTo(solver.objectiveValue());
		assertThat(integer).isNotNull();
		// 59 h: the exact optimum of the first test, which the relaxation must not cut off
		assertThat(lp).isNotNull().isGreaterThanOrEqualTo(integer).isGreaterThanOrEqualTo(59 * 60)
				.isLessThanOrEqualTo(requested);
		// column generation, every priced column left out at first, proves the same optimum
		assertThat(model.lp(Duration.ofSeconds(10), requested, 0)).isCloseTo(lp, within(1L));
	}

	@Test
	void patternBoundOfTheSmallWeekHoldsAboveItsExactOptimum() {
		ProblemDocument problem = small(3, 12);
		PlanBound bound = new PlanBound(problem, Duration.ofSeconds(10));
		long requested = PlanMetrics.of(problem, new GreedyPlanner().plan(problem)).requestedMinutes();

		LinearModel patterns = bound.patternModel();

		assertThat(patterns).isNotNull();
		assertThat(patterns.lp(Duration.ofSeconds(10), requested)).isNotNull().isGreaterThanOrEqualTo(59 * 60)
				.isLessThanOrEqualTo(bound.coverageModel().lp(Duration.ofSeconds(10), requested));
	}

	// Monday, 5 h at m1 from 07:00 then 5 h at m2 from 12:30: ten hours of shifts, and the journey between the two
	// sites is worked time, so one worker's day holds one of them (L3121-18); the relaxed model, which counts no
	// travel, says both.
	@Test
	void travelBetweenTwoSitesCountsInTheDailyMaximum() {
		ProblemDocument problem = oneWorker(
				new Worker("w1", "Camille", 2100, 2400, false, List.of("k"), null, null, null, null, null),
				shift("a", "m1", "s1", 300, "2026-11-23T07:00", "2026-11-23T12:00"),
				shift("b", "m2", "s2", 300, "2026-11-23T12:30", "2026-11-23T17:30"));
		PlanBound bound = new PlanBound(problem, Duration.ofSeconds(10));

		assertThat(bound.coverageModel().lp(Duration.ofSeconds(10), 600)).isEqualTo(600);
		assertThat(bound.patternModel()).isNotNull()
				.satisfies(patterns -> assertThat(patterns.lp(Duration.ofSeconds(10), 600)).isEqualTo(300));
		assertExactOptimum(problem, 300);
	}

	// A part-timer's 08:00–10:00 and 14:00–17:00 at one site leave 4 h idle between them, above the 2 h a part-time
	// day may be interrupted (L3123-30): one worker covers the longer one alone.
	@Test
	void aPartTimersDayIsInterruptedAtMostTwoHours() {
		ProblemDocument problem = oneWorker(
				new Worker("w1", "Camille", 1200, 1320, true, List.of("k"), null, null, null, null, null),
				shift("a", "m1", "s1", 120, "2026-11-23T08:00", "2026-11-23T10:00"),
				shift("c", "m1", "s1", 180, "2026-11-23T14:00", "2026-11-23T17:00"));
		PlanBound bound = new PlanBound(problem, Duration.ofSeconds(10));

		assertThat(bound.coverageModel().lp(Duration.ofSeconds(10), 300)).isEqualTo(300);
		assertExactOptimum(problem, 180);
	}

	// 08:00–10:30, 10:40–13:10 and 13:20–15:50 at one site: any two are a legal stretch, all three run 7 h 50 min with
	// no 20 min break (L3121-16), though no two of them are more than 6 h apart; the exact model sees the stretch.
	@Test
	void threeShiftsWithoutABreakAreNotAllOneWorkers() {
		ProblemDocument problem = oneWorker(
				new Worker("w1", "Camille", 2100, 2400, false, List.of("k"), null, null, null, null, null),
				shift("a", "m1", "s1", 150, "2026-11-23T08:00", "2026-11-23T10:30"),
				shift("b", "m1", "s1", 150, "2026-11-23T10:40", "2026-11-23T13:10"),
				shift("c", "m1", "s1", 150, "2026-11-23T13:20", "2026-11-23T15:50"));

		assertThat(new PlanBound(problem, Duration.ofSeconds(10)).patternModel()).isNotNull()
				.satisfies(patterns -> assertThat(patterns.lp(Duration.ofSeconds(10), 450)).isEqualTo(450));
		assertExactOptimum(problem, 300);
	}

	// A week of at most 10 h: Monday 08:00–11:00 at m1 and 11:30–14:30 at m2, Tuesday 08:00–12:00 at m1, ten hours of
	// shifts; the journey between m1 and m2 is worked time (L3121-20), so Monday's two and Tuesday's do not all fit.
	@Test
	void theJourneyCountsInTheWeeklyMaximum() {
		ProblemDocument problem = oneWorker(
				new Worker("w1", "Camille", 600, 600, false, List.of("k"), null, null, null, null, null),
				shift("a", "m1", "s1", 180, "2026-11-23T08:00", "2026-11-23T11:00"),
				shift("b", "m2", "s2", 180, "2026-11-23T11:30", "2026-11-23T14:30"),
				shift("c", "m1", "s1", 240, "2026-11-24T08:00", "2026-11-24T12:00"));

		assertExactOptimum(problem, 420);
	}

	// The exact model proves the optimum, and its plan is legal and covers that much.
	private static void assertExactOptimum(ProblemDocument problem, long minutes) {
		PlanBound.Figures figures = PlanBound.of(problem, Duration.ofSeconds(10));
		assertThat(figures.coverageKind()).isEqualTo(PlanBound.Kind.EXACT);
		assertThat(figures.coverableMinutes()).isEqualTo(minutes);
		PlanDocument optimum = figures.plan();
		assertThat(optimum).isNotNull();
		assertThat(new PlanValidator().validate(problem, optimum)).isEmpty();
		assertThat(PlanMetrics.of(problem, optimum).coveredMinutes()).isEqualTo(minutes);
	}

	// One worker, Monday: a fixed 08:00–12:00 and a 3 h shift anywhere in 07:30–12:30. Both fit the daily 10 h (420
	// min,
	// the relaxation's figure without energy rows), but not one worker's morning: the 3 h shift spends at least 150 min
	// of 08:00–12:00, whose row then holds even the LP to the longer shift alone.
	@Test
	void twoShiftsThatMustOverlapAreNotBothCounted() {
		Loader.loadNativeLibraries();
		ProblemDocument problem = ClockChangeWeeks.problem(MONDAY, List.of(),
				List.of(ClockChangeWeeks.request("fixed", 240,
						ClockChangeWeeks.window("2026-11-23T08:00", "2026-11-23T12:00")),
						ClockChangeWeeks.request("flexible", 180,
								ClockChangeWeeks.window("2026-11-23T07:30", "2026-11-23T12:30"))),
				List.of());
		LinearModel model = new PlanBound(problem, Duration.ofSeconds(10)).coverageModel();

		assertThat(model.lp(Duration.ofSeconds(10), 420)).isEqualTo(240);
		assertThat(model.cpSat(new CpSolver())).isEqualTo(240);
		assertThat(PlanBound.of(problem, Duration.ofSeconds(10)).coverableMinutes()).isEqualTo(240);
	}

	// L: 150 workers, 1,393 shifts, 95,000 request-worker-day columns; CP-SAT proved nothing on it in a minute
	@Test
	void lpBoundComesBackOnALargeWeekAndHoldsAgainstTheGreedyPlan() {
		ProblemDocument problem = new ProblemGenerator().generate(ProblemSize.L, MONDAY, 0, 1.0);
		PlanMetrics greedy = PlanMetrics.of(problem, new GreedyPlanner().plan(problem));

		PlanBound.Figures bound = PlanBound.of(problem, Duration.ofSeconds(30));

		assertThat(bound.coverageKind()).isEqualTo(PlanBound.Kind.LP);
		assertThat(bound.coverableMinutes()).isGreaterThanOrEqualTo(greedy.coveredMinutes())
				.isLessThanOrEqualTo(greedy.requestedMinutes());
		assertThat(bound.shortfallKind()).isEqualTo(PlanBound.Kind.LP);
		assertThat(bound.shortfallMinutes()).isBetween(0L, greedy.contractShortfallMinutes());
	}

	private static Request shift(String id, String member, String site, int duration, String from, String to) {
		return new Request(id, member, site, "k", duration, 1, List.of(ClockChangeWeeks.window(from, to)), 30, false,
				null);
	}

	/** One worker, two members about 4 km apart in Lyon, each with one site. */
	private static ProblemDocument oneWorker(Worker worker, Request... requests) {
		Loader.loadNativeLibraries();
		return new ProblemDocument(MONDAY, "Europe/Paris", null, List.of(new Skill("k", "Comptabilité")),
				List.of(new Member("m1", "Boulangerie", List.of(new Site("s1", "Boutique", 45.76, 4.83)), null),
						new Member("m2", "Mairie", List.of(new Site("s2", "Hôtel de ville", 45.79, 4.85)), null)),
				List.of(worker), List.of(requests), null, List.of(), null);
	}

	/** The benchmark's small group cut down to its first workers and requests, demand well above what they can give. */
	private static ProblemDocument small(int workers, int requests) {
		ProblemDocument s = new ProblemGenerator().generate(ProblemSize.S, MONDAY);
		List<ProblemDocument.Worker> kept = s.workers().subList(0, workers);
		Set<String> ids = Set.copyOf(kept.stream().map(ProblemDocument.Worker::id).toList());
		return new ProblemDocument(s.weekStart(), s.timeZone(), s.travel(), s.skills(), s.members(), kept,
				s.requests().subList(0, requests), s.history().stream().filter(h -> ids.contains(h.worker())).toList(),
				List.of(), null);
	}

}
