package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.PlanDocument;

/** A short real solve of the spec's small example, and how small weeks are searched. */
class WeekSolverTest {

	@Test
	void smallWeeksSearchWithAHardTemperatureFirstThenAsPackaged() {
		SolverConfig packaged = SolverConfig.createFromXmlResource(WeekSolver.SOLVER_CONFIG);

		List<PhaseConfig> phases = WeekSolver.hotFirst(packaged).getPhaseConfigList();

		assertThat(phases).extracting(phase -> phase.getClass().getSimpleName()).containsExactly("CustomPhaseConfig",
				"LocalSearchPhaseConfig", "LocalSearchPhaseConfig");
		var hot = (LocalSearchPhaseConfig) phases.get(1);
		var packagedSearch = (LocalSearchPhaseConfig) phases.get(2);
		assertThat(hot.getAcceptorConfig().getSimulatedAnnealingStartingTemperature())
				.isEqualTo("30hard/60medium/3000soft");
		assertThat(hot.getTerminationConfig().getUnimprovedSpentLimit()).isEqualTo(Duration.ofSeconds(3));
		assertThat(hot.getMoveSelectorConfig()).isEqualTo(packagedSearch.getMoveSelectorConfig());
		assertThat(packagedSearch.getAcceptorConfig().getSimulatedAnnealingStartingTemperature())
				.isEqualTo("0hard/60medium/3000soft");
		assertThat(packagedSearch.getTerminationConfig()).isNull();
		assertThat(((LocalSearchPhaseConfig) packaged.getPhaseConfigList().get(1)).getAcceptorConfig()
				.getSimulatedAnnealingStartingTemperature()).as("the larger weeks' configuration is left as it was")
				.isEqualTo("0hard/60medium/3000soft");
	}

	@Test
	void solvesTheSmallExampleFeasiblyCoveringEveryShiftAndKeepingThePin() {
		WeekSolver solver = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(), new WeekPlanSolutionMapper());

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

	@Test
	void handsBackTheBestPlanAsItStoodAtEachCheckpoint() {
		WeekSolver solver = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(), new WeekPlanSolutionMapper());
		var problem = new ProblemGenerator().generate(ProblemSize.S, LocalDate.of(2026, 11, 23), 0, 1.0);

		SolveOutcome outcome = solver.solve(problem, List.of(), Duration.ofSeconds(2), null, Locale.ROOT,
				List.of(Duration.ofMillis(500), Duration.ofSeconds(2)));

		assertThat(outcome.checkpoints()).extracting(SolveOutcome.Checkpoint::at)
				.containsExactly(Duration.ofMillis(500), Duration.ofSeconds(2));
		SolveOutcome.Checkpoint early = outcome.checkpoints().getFirst();
		assertThat(early.timeToBest()).isLessThanOrEqualTo(Duration.ofMillis(500));
		assertThat(early.plan().feasible()).isTrue();
		// the last checkpoint is the time limit: the solve's own final plan
		assertThat(outcome.checkpoints().getLast().plan()).isEqualTo(outcome.plan());
		assertThat(outcome.checkpoints().getLast().timeToBest()).isEqualTo(outcome.timeToBest());
	}

}
