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
		var outcome = new WeekSolver(WeekSolver.solverFactoryFromClasspath(), new WeekPlanSolutionMapper())
				.solve(problem, List.of(), Duration.ofSeconds(20), Duration.ofSeconds(5), Locale.ROOT);
		PlanMetrics solved = PlanMetrics.of(problem, outcome.plan());

		assertThat(bound.coverageKind()).isEqualTo(PlanBound.Kind.EXACT);
		PlanDocument optimum = bound.optimum();
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
