package fr.mosaic.planning.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.validation.PlanValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The greedy baseline only places what the validator accepts, and fills the plan's summaries. */
class GreedyPlannerTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@ParameterizedTest
	@EnumSource(value = ProblemSize.class, names = { "DEMO", "S", "M", "L", "XL" })
	void greedyPlanHasNoViolation(ProblemSize size) {
		ProblemDocument problem = new ProblemGenerator().generate(size, MONDAY);
		PlanDocument plan = new GreedyPlanner().plan(problem);

		assertThat(new PlanValidator().validate(problem, plan)).isEmpty();
		assertThat(plan.feasible()).isTrue();
		assertThat(plan.score()).isEqualTo("n/a");
		assertThat(plan.shifts()).hasSize(problem.requests().stream().mapToInt(r -> r.count()).sum());
		assertThat(plan.shifts()).filteredOn(s -> !s.covered())
			.allMatch(s -> GreedyPlanner.REASON.equals(s.reason()));
		// a baseline worth comparing against covers most of the demand
		PlanMetrics metrics = PlanMetrics.of(problem, plan);
		assertThat(metrics.coverage()).isGreaterThan(0.5);
		assertThat(plan.members().stream().mapToLong(m -> m.coveredMinutes()).sum())
			.isEqualTo(metrics.coveredMinutes());
		assertThat(plan.workers()).hasSize(problem.workers().size());
	}

}
