package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

class PlanSummaryTest {

	private static final WeekSolver SOLVER = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(),
			new WeekPlanSolutionMapper());

	@Test
	void theExamplePlanKeepsTheLawCoversEverythingAndLeavesWorkersBelowContract() {
		var summary = PlanSummary.of(SOLVER.explain(examplePlan()));

		// w1 plans 662 of 2100 min, w2 840 of 1440, w3 840 of 2100: 3,298 min short
		assertThat(summary).isEqualTo(new PlanSummary(0, 0, 3, 3298, 0, 0));
		assertThat(summary.render(Locale.FRENCH)).isEqualTo("Toutes les règles légales respectées"
				+ " · toutes les heures demandées couvertes · 3 salariés sous leur contrat de 54 h 58 au total");
		assertThat(summary.render(Locale.ENGLISH)).isEqualTo(
				"All legal rules kept · every requested hour covered · 3 workers below contract by 54 h 58 min in all");
	}

	@Test
	void uncoveredHoursAreTheShiftsOwnWhateverTheirPriority() {
		var solution = examplePlan();
		// a contracted shift of 3 h and an extra one of 4 h
		unassign(solution, "r2#0");
		unassign(solution, "r4#0");

		var summary = PlanSummary.of(SOLVER.explain(solution));

		assertThat(summary.uncoveredMinutes()).isEqualTo(420);
		assertThat(summary.render(Locale.FRENCH)).contains(" · 7 h non couvertes · ");
	}

	@Test
	void aWorkerOnLeaveIsABreachOfTheRules() {
		var solution = examplePlan();
		// w3 is on leave on Wednesday
		shift(solution, "r3#2").setStart(solution.getCalendar().minuteOf(SmallProblem.at(25, 8)));

		var summary = PlanSummary.of(SOLVER.explain(solution));

		assertThat(summary.breaches()).isEqualTo(1);
		assertThat(summary.render(Locale.ENGLISH)).startsWith("1 breach of the legal rules · ");
	}

	@Test
	void overtimeAndASingleWorkerReadInTheSingular() {
		var summary = new PlanSummary(1, 330, 1, 240, 2, 90);

		assertThat(summary.render(Locale.ENGLISH)).isEqualTo("1 breach of the legal rules · 5 h 30 min not covered"
				+ " · 1 worker below contract by 4 h · 2 workers over contract by 1 h 30 min in all");
		assertThat(summary.render(Locale.FRENCH)).isEqualTo("1 infraction aux règles légales · 5 h 30 non couvertes"
				+ " · 1 salarié sous son contrat de 4 h · 2 salariés au-delà de leur contrat de 1 h 30 au total");
	}

	private static WeekPlanSolution examplePlan() {
		return SmallProblem
				.assignedAsInTheExamplePlan(new WeekPlanSolutionMapper().toSolution(SmallProblem.document()));
	}

	private static void unassign(WeekPlanSolution solution, String shiftId) {
		shift(solution, shiftId).setWorker(null);
	}

	private static ShiftAssignment shift(WeekPlanSolution solution, String shiftId) {
		return solution.getShifts().stream().filter(shift -> shift.getId().equals(shiftId)).findFirst().orElseThrow();
	}

}
