package fr.mosaic.benchmark;

import static fr.mosaic.planning.ClockChangeWeeks.FALL_BACK;
import static fr.mosaic.planning.ClockChangeWeeks.problem;
import static fr.mosaic.planning.ClockChangeWeeks.request;
import static fr.mosaic.planning.ClockChangeWeeks.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.validation.PlanValidator;

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
		assertThat(plan.shifts()).filteredOn(s -> !s.covered()).allMatch(s -> GreedyPlanner.REASON.equals(s.reason()));
		// a baseline worth comparing against covers most of the demand
		PlanMetrics metrics = PlanMetrics.of(problem, plan);
		assertThat(metrics.coverage()).isGreaterThan(0.5);
		assertThat(plan.members().stream().mapToLong(m -> m.coveredMinutes()).sum())
				.isEqualTo(metrics.coveredMinutes());
		assertThat(plan.workers()).hasSize(problem.workers().size());
	}

	@Test
	void greedyCountsElapsedMinutesWhenTheClocksGoBack() {
		ProblemDocument night = problem(FALL_BACK, List.of(),
				List.of(request("night", 600, window("2026-10-25T00:00", "2026-10-25T12:00"))), List.of());
		ProblemDocument repeated = problem(FALL_BACK, List.of(),
				List.of(request("repeated", 60, window("2026-10-25T02:30+01:00", "2026-10-25T03:30"))), List.of());

		PlanDocument nightPlan = new GreedyPlanner().plan(night);
		PlanDocument repeatedPlan = new GreedyPlanner().plan(repeated);

		assertThat(nightPlan.shifts()).extracting(s -> s.start() + " " + s.end())
				.containsExactly("2026-10-25T00:00 2026-10-25T09:00");
		assertThat(nightPlan.workers()).containsExactly(new PlanDocument.WorkerSummary("w1", 600, 0, 1));
		assertThat(nightPlan.feasible()).isTrue();
		assertThat(repeatedPlan.shifts()).extracting(s -> s.start() + " " + s.end())
				.containsExactly("2026-10-25T02:30+01:00 2026-10-25T03:30");
		assertThat(repeatedPlan.feasible()).isTrue();
	}

}
