package fr.mosaic.planning;

import static fr.mosaic.planning.ClockChangeWeeks.FALL_BACK;
import static fr.mosaic.planning.ClockChangeWeeks.plan;
import static fr.mosaic.planning.ClockChangeWeeks.problem;
import static fr.mosaic.planning.ClockChangeWeeks.request;
import static fr.mosaic.planning.ClockChangeWeeks.time;
import static fr.mosaic.planning.ClockChangeWeeks.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Pin;
import fr.mosaic.interchange.ProblemDocument.Unavailable;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemExporter;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;

/** The second occurrence of a time the clocks repeat survives the register, the stored plan and its review. */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class RepeatedTimeStorageIT {

	@Autowired
	ProblemImporter importer;

	@Autowired
	ProblemExporter exporter;

	@Autowired
	PlanStore planStore;

	@Autowired
	PlanningService planning;

	@Autowired
	DataSource dataSource;

	private ProblemDocument problem;

	@BeforeEach
	void importTheNightTheClocksGoBack() {
		DatabaseCleaner.clean(dataSource);
		var base = problem(FALL_BACK, List.of(),
				List.of(request("r1", 60, window("2026-10-25T02:30+01:00", "2026-10-25T04:30")),
						request("r2", 60, window("2026-10-25T00:00", "2026-10-25T06:00"))),
				List.of(new Pin("r1", 0, "w1", time("2026-10-25T02:30+01:00"))));
		Worker w = base.workers().getFirst();
		var onLeave = new Worker(w.id(), w.name(), w.contractMinutes(), w.maxMinutes(), w.partTime(), w.skills(),
				w.home(), w.availability(),
				List.of(new Unavailable(time("2026-10-25T02:00+02:00"), time("2026-10-25T02:30+02:00"), "rdv")),
				w.preferredMembers(), w.excludedMembers());
		problem = new ProblemDocument(base.weekStart(), base.timeZone(), base.travel(), base.skills(), base.members(),
				List.of(onLeave), base.requests(), base.history(), base.pinned(), base.travelMinutes());
		importer.importProblem(problem);
	}

	@Test
	void theRegisterKeepsTheOffsetsOfWindowsLeaveAndPins() {
		assertThat(exporter.exportWeek(FALL_BACK)).isEqualTo(problem);
		assertThat(planStore.find(FALL_BACK).orElseThrow().shifts()).singleElement().satisfies(
				pin -> assertThat(pin.start() + " " + pin.end()).isEqualTo("2026-10-25T02:30+01:00 2026-10-25T03:30"));
	}

	@Test
	void aStoredPlanIsReviewedAtTheMomentsItWasMadeFor() {
		planStore.storeDraft(plan(problem, "2026-10-25T02:30+01:00", "2026-10-25T03:30", "2026-10-25T02:30+02:00",
				"2026-10-25T02:30+01:00"));

		var review = planning.review(FALL_BACK, Locale.ENGLISH).orElseThrow();

		assertThat(review.plan().shifts()).extracting(s -> s.start() + " " + s.end()).containsExactly(
				"2026-10-25T02:30+01:00 2026-10-25T03:30", "2026-10-25T02:30+02:00 2026-10-25T02:30+01:00");
		// the two shifts touch, an hour apart on the clock that went back
		assertThat(review.plan().feasible()).isTrue();
	}

}
