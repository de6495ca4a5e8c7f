package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import fr.mosaic.planning.solver.justification.ConsolidationJustification;
import fr.mosaic.planning.solver.justification.IdleGapJustification;
import fr.mosaic.planning.solver.justification.TravelJustification;

class PlanExplanationTest {

	private static final WeekSolver SOLVER = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(),
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

	@Test
	void aRulesPenaltiesReadDayByDayAfterThoseAboutTheWholeWeek() {
		HardMediumSoftLongScore idle = HardMediumSoftLongScore.ofSoft(-30);
		var thursday = new PlanExplanation.Penalty(idle, new IdleGapJustification("w1", 3, List.of("s4"), 30));
		var monday = new PlanExplanation.Penalty(idle, new IdleGapJustification("w1", 0, List.of("s1"), 30));
		var tuesday = new PlanExplanation.Penalty(idle, new IdleGapJustification("w2", 1, List.of("s2"), 30));
		var week = new PlanExplanation.Penalty(idle, new TravelJustification("w1", 30));

		assertThat(PlanExplanation.dayByDay(List.of(thursday, monday, week, tuesday))).containsExactly(week, monday,
				tuesday, thursday);
	}

}
