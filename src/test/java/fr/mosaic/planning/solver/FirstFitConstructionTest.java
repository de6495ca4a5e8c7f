package fr.mosaic.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.WeekPlanSolutionMapper;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.planning.validation.PlanValidator;

/** The construction phase alone: every shift gets a start, and what it places the validator accepts. */
class FirstFitConstructionTest {

	private static final SolverFactory<WeekPlanSolution> CONSTRUCTION_ONLY = SolverFactory.create(
			new SolverConfig().withSolutionClass(WeekPlanSolution.class).withEntityClasses(ShiftAssignment.class)
					.withConstraintProviderClass(MosaicConstraintProvider.class)
					.withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new FirstFitConstruction())));

	@ParameterizedTest
	@EnumSource(value = ProblemSize.class, names = { "DEMO", "M" })
	void placesWithoutBreakingAHardRule(ProblemSize size) {
		ProblemDocument problem = new ProblemGenerator().generate(size, LocalDate.of(2026, 11, 23));
		WeekPlanSolutionMapper mapper = new WeekPlanSolutionMapper();

		WeekPlanSolution solved = CONSTRUCTION_ONLY.buildSolver().solve(mapper.toSolution(problem));

		assertThat(solved.getShifts()).allMatch(shift -> shift.getStart() != null);
		assertThat(solved.getScore()).isNotNull().matches(score -> score.isFeasible(), "feasible");
		PlanDocument plan = mapper.toPlan(solved);
		assertThat(new PlanValidator().validate(problem, plan)).isEmpty();
		assertThat(plan.shifts()).filteredOn(PlanDocument.Shift::covered).hasSizeGreaterThan(plan.shifts().size() / 2);
	}

	@Test
	void triesTheWorkersTheMemberHasHadFirst() {
		// Member A has had the full-time worker; the small-contract worker comes first in the range and is free too.
		PlanningRequest request = new PlanningRequest("known-first", PlanningFixtures.MEMBER_A, PlanningFixtures.SITE_A,
				PlanningFixtures.BOOKKEEPING, 240, PlanningFixtures.WHOLE_WEEK, 30, false, false,
				PlanningFixtures.CALENDAR);
		request.setEligibleWorkers(List.of(PlanningFixtures.SMALL_CONTRACT_WORKER, PlanningFixtures.FULL_TIME_WORKER));
		ShiftAssignment shift = new ShiftAssignment(request, 0);
		WeekPlanSolution week = new WeekPlanSolution(PlanningFixtures.CALENDAR,
				List.of(PlanningFixtures.SITE_A, PlanningFixtures.SITE_B),
				List.of(PlanningFixtures.MEMBER_A, PlanningFixtures.MEMBER_B),
				List.of(PlanningFixtures.SMALL_CONTRACT_WORKER, PlanningFixtures.FULL_TIME_WORKER), List.of(request),
				List.of(shift), ConstraintWeights.withOverrides(Map.of()));

		WeekPlanSolution solved = CONSTRUCTION_ONLY.buildSolver().solve(week);

		assertThat(solved.getShifts().getFirst().getWorker()).isEqualTo(PlanningFixtures.FULL_TIME_WORKER);
	}

}
