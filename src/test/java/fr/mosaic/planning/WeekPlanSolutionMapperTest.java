package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.planning.model.PlanningSite;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

class WeekPlanSolutionMapperTest {

	private final WeekPlanSolutionMapper mapper = new WeekPlanSolutionMapper();

	@Test
	void travelFollowsTheSpecFormulaUnlessTheMatrixOverridesIt() {
		WeekPlanSolution solution = mapper.toSolution(SmallProblem.document());

		assertThat(site(solution, "m1-s1").travelTo(site(solution, "m2-s1"))).isEqualTo(2);
		assertThat(site(solution, "m2-s1").travelTo(site(solution, "m2-s2"))).isEqualTo(15);
		assertThat(site(solution, "m2-s1").travelTo(site(solution, "m2-s1"))).isZero();
	}

	@Test
	void everyShiftOfEveryRequestIsAnEntityAndThePinIsApplied() {
		WeekPlanSolution solution = mapper.toSolution(SmallProblem.document());

		assertThat(solution.getShifts()).extracting(ShiftAssignment::getId).containsExactly("r1#0", "r2#0", "r2#1",
				"r3#0", "r3#1", "r3#2", "r4#0", "r5#0");
		ShiftAssignment pinned = solution.getShifts().getFirst();
		assertThat(pinned.isPinned()).isTrue();
		assertThat(pinned.getWorker()).extracting(PlanningWorker::getId).isEqualTo("w1");
		assertThat(pinned.getStart()).isEqualTo(8 * 60);
		// Five windows of 10 h, a 7 h block, hourly steps: four starts a day.
		assertThat(shift(solution, "r3#0").getStartRange()).hasSize(20).startsWith(7 * 60, 8 * 60);
	}

	@Test
	void weightsCanBeOverriddenByRuleName() {
		WeekPlanSolution solution = new WeekPlanSolutionMapper(Map.of("travelTime", "0hard/0medium/7soft"))
				.toSolution(SmallProblem.document());

		assertThat(solution.getConstraintWeightOverrides().getConstraintWeight("travelTime"))
				.isEqualTo(HardMediumSoftLongScore.ofSoft(7));
		assertThatIllegalArgumentException().isThrownBy(() -> new WeekPlanSolutionMapper(Map.of("travel", "1soft")))
				.withMessageContaining("'travel'");
		assertThatIllegalArgumentException().isThrownBy(() -> new WeekPlanSolutionMapper(Map.of("travelTime", "seven")))
				.withMessageContaining("travelTime");
	}

	@Test
	void anOverriddenWeightChangesTheScore() {
		WeekSolver solver = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(), mapper);
		WeekPlanSolution defaults = SmallProblem.assignedAsInTheExamplePlan(mapper.toSolution(SmallProblem.document()));
		WeekPlanSolution overridden = SmallProblem.assignedAsInTheExamplePlan(
				new WeekPlanSolutionMapper(Map.of("consolidateToContractHours", "0hard/0medium/0soft"))
						.toSolution(SmallProblem.document()));

		long defaultSoft = solver.explain(defaults).score().softScore();
		long overriddenSoft = solver.explain(overridden).score().softScore();

		// 10 soft a minute below contract: w1 1438, w2 600, w3 1260 minutes.
		assertThat(overriddenSoft - defaultSoft).isEqualTo(10 * (1438 + 600 + 1260));
	}

	@Test
	void theSpecsExamplePlanKeepsEveryHardRuleAndSummarisesLikeTheExample() {
		WeekPlanSolution solution = SmallProblem.assignedAsInTheExamplePlan(mapper.toSolution(SmallProblem.document()));
		SolutionManager.<WeekPlanSolution, HardMediumSoftLongScore>create(
				WeekSolver.solverFactoriesFromClasspath().largerWeeks()).update(solution);

		PlanDocument plan = mapper.toPlan(solution);

		assertThat(plan.feasible()).as(plan.score()).isTrue();
		assertThat(solution.getScore().mediumScore()).isZero();
		assertThat(plan.workers()).containsExactly(new PlanDocument.WorkerSummary("w1", 662, 2, 2),
				new PlanDocument.WorkerSummary("w2", 840, 0, 1), new PlanDocument.WorkerSummary("w3", 840, 0, 2));
		assertThat(plan.members()).containsExactly(new PlanDocument.MemberSummary("m1", 480, 480),
				new PlanDocument.MemberSummary("m2", 600, 600), new PlanDocument.MemberSummary("m3", 1260, 1260));
		assertThat(plan.shifts().get(1)).isEqualTo(new PlanDocument.Shift("r2", 0, "w1", SmallProblem.time(23, 13),
				SmallProblem.time(23, 16), false, null));
	}

	@Test
	void anUncoveredShiftHasNoWorkerNorTimesButAReason() {
		WeekPlanSolution solution = mapper.toSolution(SmallProblem.document());

		PlanDocument.Shift uncovered = mapper.toPlan(solution).shifts().get(1);

		assertThat(uncovered.worker()).isNull();
		assertThat(uncovered.start()).isNull();
		assertThat(uncovered.pinned()).isNull();
		assertThat(uncovered.reason()).isNotBlank();
	}

	private static ShiftAssignment shift(WeekPlanSolution solution, String id) {
		return solution.getShifts().stream().filter(shift -> shift.getId().equals(id)).findFirst().orElseThrow();
	}

	private static PlanningSite site(WeekPlanSolution solution, String id) {
		List<PlanningSite> sites = solution.getSites();
		return sites.stream().filter(site -> site.getId().equals(id)).findFirst().orElseThrow();
	}

}
