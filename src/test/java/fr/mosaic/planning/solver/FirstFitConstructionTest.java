package fr.mosaic.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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

}
