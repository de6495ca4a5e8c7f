package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.mosaic.benchmark.GreedyPlanner;
import fr.mosaic.benchmark.PlanMetrics;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.validation.PlanValidator;

/**
 * Short solves of generated weeks: the plan keeps every hard rule by the independent validator, and beats the greedy
 * baseline on what the group cares about, covered minutes minus the minutes workers miss to reach their contract (both
 * recomputed from the plans by {@link PlanMetrics}). Speed and quality at scale are the benchmark's business.
 */
class WeekSolverQualityTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	private static final WeekSolver SOLVER = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(),
			new WeekPlanSolutionMapper());

	@ParameterizedTest
	@CsvSource({ "S, 4", "M, 8" })
	void solvedPlanHasNoViolationAndBeatsTheGreedyBaseline(ProblemSize size, int seconds) {
		ProblemDocument problem = new ProblemGenerator().generate(size, MONDAY);

		SolveOutcome outcome = SOLVER.solve(problem, Duration.ofSeconds(seconds));

		assertThat(new PlanValidator().validate(problem, outcome.plan())).isEmpty();
		assertThat(outcome.plan().feasible()).as(outcome.plan().score()).isTrue();
		PlanMetrics solved = PlanMetrics.of(problem, outcome.plan());
		PlanMetrics greedy = PlanMetrics.of(problem, new GreedyPlanner().plan(problem));
		assertThat(solved.coveredMinutes()).isGreaterThanOrEqualTo(greedy.coveredMinutes());
		assertThat(solved.coveredMinutes() - solved.contractShortfallMinutes())
				.as("covered minus shortfall, solver %s against greedy %s", solved, greedy)
				.isGreaterThan(greedy.coveredMinutes() - greedy.contractShortfallMinutes());
	}

}
