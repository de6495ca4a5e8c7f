package fr.mosaic.dashboard;

import static fr.mosaic.interchange.InterchangeExamples.PLAN;
import static fr.mosaic.interchange.InterchangeExamples.PROBLEM;
import static fr.mosaic.interchange.InterchangeExamples.object;
import static fr.mosaic.interchange.InterchangeExamples.problemWith;
import static fr.mosaic.interchange.InterchangeExamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.PlanDocument.MemberSummary;
import fr.mosaic.interchange.PlanDocument.Shift;
import fr.mosaic.interchange.PlanDocument.WorkerSummary;
import fr.mosaic.interchange.ProblemDocument;

/**
 * The figures of the spec's example week: Salariée 1 (35 h) works 11 h for the bakery and the sports club, 2 min of
 * travel included; Salarié 2 (24 h) 14 h for the town hall; Salariée 3 (35 h) 14 h for the club and the town hall.
 */
class WeekFiguresTest {

	private static final InterchangeJson JSON = new InterchangeJson();

	private static final PlanDocument EXAMPLE_PLAN = JSON.readPlan(text(PLAN));

	@Test
	void theExampleWeekIsCoveredButNoOneReachesTheirContract() {
		var figures = WeekFigures.of(JSON.readProblem(text(PROBLEM)), EXAMPLE_PLAN);

		// billed: 660, 840 and 840 min against contracts of 2100, 1440 and 2100; the 2 min of travel are not billed
		assertThat(figures).isEqualTo(new WeekFigures(2340, 2340, 3, 0, 1440 + 600 + 1260, 0, 8.0 / 7, 2));
		assertThat(figures.coverage()).isEqualTo(1.0);
		assertThat(figures.shareAtContract()).isZero();
	}

	@Test
	void aShorterContractGivesOvertimeAndAnUncoveredShiftLowersCoverage() {
		// Salarié 2's contract cut to 10 h; Salariée 3's Friday shift at the stadium (r4, 4 h for the club) uncovered
		var problem = JSON.readProblem(problemWith(tree -> object(tree, "/workers/1").put("contractMinutes", 600)));
		var shifts = new ArrayList<>(EXAMPLE_PLAN.shifts());
		shifts.set(6, new Shift("r4", 0, null, null, null, null, "nobody"));
		var plan = new PlanDocument(EXAMPLE_PLAN.weekStart(), EXAMPLE_PLAN.score(), true, shifts,
				List.of(new WorkerSummary("w1", 662, 2, 2), new WorkerSummary("w2", 840, 0, 1),
						new WorkerSummary("w3", 600, 0, 2)),
				List.of(new MemberSummary("m1", 480, 480), new MemberSummary("m2", 600, 360),
						new MemberSummary("m3", 1260, 1260)));

		var figures = WeekFigures.of(problem, plan);

		assertThat(figures.coveredMinutes()).isEqualTo(2100);
		assertThat(figures.coverage()).isEqualTo(2100.0 / 2340);
		assertThat(figures.workersAtContract()).as("Salarié 2").isEqualTo(1);
		assertThat(figures.unbilledContractMinutes()).isEqualTo(1440 + 0 + (2100 - 600));
		assertThat(figures.overtimeMinutes()).isEqualTo(840 - 600);
		// Salariée 1: Monday two members, Tuesday one; Salarié 2: Monday, Tuesday; Salariée 3: Tuesday, Thursday
		assertThat(figures.employersPerWorkerDay()).isEqualTo(7.0 / 6);
		assertThat(figures.travelMinutes()).isEqualTo(2);
	}

	@Test
	void aWeekWithNothingPlannedBillsEveryContractHourToNoMember() {
		var problem = JSON.readProblem(text(PROBLEM));
		var uncovered = EXAMPLE_PLAN.shifts().stream()
				.map(shift -> new Shift(shift.request(), shift.index(), null, null, null, null, "nobody")).toList();
		var plan = new PlanDocument(EXAMPLE_PLAN.weekStart(), "", false, uncovered, List.of(), List.of(
				new MemberSummary("m1", 480, 0), new MemberSummary("m2", 600, 0), new MemberSummary("m3", 1260, 0)));

		assertThat(WeekFigures.of(problem, plan))
				.isEqualTo(new WeekFigures(2340, 0, 3, 0, 2100 + 1440 + 2100, 0, 0, 0));
	}

	@Test
	void aWeekWithoutRequestsOrWorkersCountsAsCovered() {
		var problem = new ProblemDocument(EXAMPLE_PLAN.weekStart(), null, null, null, null, null, null, null, null,
				null);
		var figures = WeekFigures.of(problem,
				new PlanDocument(EXAMPLE_PLAN.weekStart(), "", true, List.of(), List.of(), List.of()));

		assertThat(figures.coverage()).isEqualTo(1.0);
		assertThat(figures.shareAtContract()).isEqualTo(1.0);
	}

}
