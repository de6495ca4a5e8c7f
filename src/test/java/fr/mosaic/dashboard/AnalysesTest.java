package fr.mosaic.dashboard;

import static fr.mosaic.interchange.InterchangeExamples.PLAN;
import static fr.mosaic.interchange.InterchangeExamples.PROBLEM;
import static fr.mosaic.interchange.InterchangeExamples.object;
import static fr.mosaic.interchange.InterchangeExamples.problemWith;
import static fr.mosaic.interchange.InterchangeExamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mosaic.dashboard.Consolidation.GroupWeek;
import fr.mosaic.dashboard.Consolidation.WorkerLine;
import fr.mosaic.dashboard.SkillsGap.Line;
import fr.mosaic.dashboard.SkillsGap.Slot;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.PlanDocument.Shift;
import fr.mosaic.interchange.PlanDocument.WorkerSummary;

/**
 * The skills gap and the consolidation over two hand-built weeks: the spec's example week, fully covered, then the same
 * week with Salariée 3's Tuesday coaching at the gymnasium (r2#1, 3 h) and Friday greens at the stadium (r4#0, 4 h)
 * uncovered and Salarié 2's contract cut to 10 h.
 */
class AnalysesTest {

	private static final InterchangeJson JSON = new InterchangeJson();

	private static final PlanDocument EXAMPLE_PLAN = JSON.readPlan(text(PLAN));

	private static final List<PlannedWeek> WEEKS = List.of(
			new PlannedWeek(EXAMPLE_PLAN.weekStart(), JSON.readProblem(text(PROBLEM)), EXAMPLE_PLAN),
			new PlannedWeek(EXAMPLE_PLAN.weekStart().plusWeeks(1),
					JSON.readProblem(problemWith(tree -> object(tree, "/workers/1").put("contractMinutes", 600))),
					secondPlan()));

	private static PlanDocument secondPlan() {
		var shifts = new ArrayList<>(EXAMPLE_PLAN.shifts());
		shifts.set(2, new Shift("r2", 1, null, null, null, null, "nobody"));
		shifts.set(6, new Shift("r4", 0, null, null, null, null, "nobody"));
		return new PlanDocument(EXAMPLE_PLAN.weekStart(), EXAMPLE_PLAN.score(), true, shifts,
				List.of(new WorkerSummary("w1", 662, 2, 2), new WorkerSummary("w2", 840, 0, 1),
						new WorkerSummary("w3", 420, 0, 1)),
				EXAMPLE_PLAN.members());
	}

	@Test
	void unmetHoursBySkillAreaAndHalfDay() {
		var gap = SkillsGap.of(WEEKS);

		assertThat(gap.weeks()).containsExactly(EXAMPLE_PLAN.weekStart(), EXAMPLE_PLAN.weekStart().plusWeeks(1));
		assertThat(gap.bySkill()).containsExactly(new Line("Espaces verts", 240, 1),
				new Line("Animation sportive", 180, 1));
		// the stadium opens the area; the gymnasium is 15 min away by the file's matrix, within 20
		assertThat(gap.byArea()).containsExactly(new Line("Association Sportive des Pentes — Stade", 240 + 180, 2));
		// r2#1 is put at its second window, Tuesday 13:00; r4 has one window, Friday 08:00
		assertThat(gap.bySlot()).hasSize(14).filteredOn(slot -> slot.minutes() > 0)
				.containsExactly(new Slot(DayOfWeek.TUESDAY, false, 180, 1), new Slot(DayOfWeek.FRIDAY, true, 240, 1));
	}

	@Test
	void hoursBelowContractCountUnderEachSkillOfTheWorker() {
		// Salariée 1 (bookkeeping, coach) 1440 min short each week; Salarié 2 (greens) 600 the first week, at his
		// cut contract the second; Salariée 3 (coach, greens) 1260 then 1680
		assertThat(SkillsGap.of(WEEKS).belowContractBySkill()).containsExactly(
				new Line("Animation sportive", 2 * 1440 + 1260 + 1680, 2),
				new Line("Espaces verts", 600 + 1260 + 1680, 2), new Line("Comptabilité", 2 * 1440, 1));
	}

	@Test
	void eachWorkersConsolidationOverTheWeeks() {
		assertThat(Consolidation.of(WEEKS).workers()).containsExactly(
				// Monday: bakery 08–12 then gymnasium 13–16, 2 min of travel between: 58 min idle, each week
				new WorkerLine("w2", "Salarié 2", 2, 1440 + 600, 2 * 840, 1, 1, 1, 0, 0),
				new WorkerLine("w1", "Salariée 1", 2, 2 * 2100, 2 * 660, 0, 2, 6.0 / 4, 2 * 58, 2 * 2),
				// the first week two members over three days, the second the town hall alone on Thursday
				new WorkerLine("w3", "Salariée 3", 2, 2 * 2100, 840 + 420, 0, 1.5, 1, 0, 0));
	}

	@Test
	void theGroupsShareOfContractedHoursWorkedAndWorkersAtFullContractWeekByWeek() {
		var weeks = Consolidation.of(WEEKS).weeks();

		assertThat(weeks).containsExactly(
				new GroupWeek(EXAMPLE_PLAN.weekStart(), 2100 + 1440 + 2100, 660 + 840 + 840, 3, 0),
				new GroupWeek(EXAMPLE_PLAN.weekStart().plusWeeks(1), 2100 + 600 + 2100, 660 + 600 + 420, 3, 1));
		assertThat(weeks.getLast().shareWorked()).isEqualTo(1680.0 / 4800);
	}

	@Test
	void noWeeksGiveEmptyTables() {
		var gap = SkillsGap.of(List.of());
		assertThat(gap.hasUnmetHours()).isFalse();
		assertThat(gap.byArea()).isEmpty();
		assertThat(Consolidation.of(List.of())).isEqualTo(new Consolidation(List.of(), List.of()));
	}

}
