package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import fr.mosaic.planning.solver.justification.ConsolidationJustification;

class PlanExplanationTest {

	private static final WeekSolver SOLVER = new WeekSolver(WeekSolver.solverFactoryFromClasspath(),
			new WeekPlanSolutionMapper());

	@Test
	void theExamplePlansScoreIsBrokenDownByRuleWorkerAndMember() {
		PlanExplanation explanation = SOLVER.explain(SmallProblem
				.assignedAsInTheExamplePlan(new WeekPlanSolutionMapper().toSolution(SmallProblem.document())));

		assertThat(explanation.score().isFeasible()).isTrue();
		// No hard or medium penalty: the first rule listed is the first soft one.
		PlanExplanation.RuleScore consolidation = explanation.rules().getFirst();
		assertThat(consolidation.rule()).isEqualTo("consolidateToContractHours");
		assertThat(consolidation.penalties()).extracting(PlanExplanation.Penalty::justification)
				.contains(new ConsolidationJustification("w1", 662, 2100, 1438));
		assertThat(explanation.scoreByWorker()).containsOnlyKeys("w1", "w2", "w3");
		assertThat(explanation.scoreByWorker().get("w2")).isEqualTo(HardMediumSoftLongScore.ofSoft(-6000));
		assertThat(explanation.scoreByMember()).containsKey("m2");
	}

}
