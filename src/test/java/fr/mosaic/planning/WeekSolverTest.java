package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.PlanDocument;

/** A short real solve of the spec's small example. */
class WeekSolverTest {

	@Test
	void solvesTheSmallExampleFeasiblyCoveringEveryShiftAndKeepingThePin() {
		WeekSolver solver = new WeekSolver(WeekSolver.solverFactoryFromClasspath(), new WeekPlanSolutionMapper());

		SolveOutcome outcome = solver.solve(SmallProblem.document(), Duration.ofSeconds(3));

		PlanDocument plan = outcome.plan();
		assertThat(plan.feasible()).as(plan.score()).isTrue();
		assertThat(outcome.timeToFirstFeasible()).isNotNull();
		assertThat(outcome.moveEvaluationSpeed()).isPositive();
		// The example plan covers all eight shifts.
		assertThat(plan.shifts()).hasSize(8).allMatch(PlanDocument.Shift::covered);
		assertThat(plan.shifts().getFirst()).isEqualTo(
				new PlanDocument.Shift("r1", 0, "w1", SmallProblem.time(23, 8), SmallProblem.time(23, 12), true, null));
		assertThat(plan.members()).extracting(PlanDocument.MemberSummary::coveredMinutes).containsExactly(480, 600,
				1260);
		assertThat(solver.explain(outcome.solution()).score()).isEqualTo(outcome.score());
	}

}
