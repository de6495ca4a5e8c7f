package fr.mosaic.planning;

import static fr.mosaic.planning.ClockChangeWeeks.SPRING_FORWARD;
import static fr.mosaic.planning.ClockChangeWeeks.plan;
import static fr.mosaic.planning.ClockChangeWeeks.springNight;
import static fr.mosaic.planning.ClockChangeWeeks.storeWindowStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.planning.PlanExplanation.RuleScore;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.worker.Unavailability;
import fr.mosaic.worker.WorkerService;

/**
 * A stored plan read after the register changed under it: its worker took leave, its request's window moved. The week
 * is still reviewed, each shift where it was stored, and the changes show as the breaches they now are.
 */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class StaleStoredPlanIT {

	@Autowired
	PlanningService planning;

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	WorkerService workers;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void storeTheSpringNightAndItsPlan() {
		DatabaseCleaner.clean(dataSource);
		importer.importProblem(springNight());
		planStore.storeDraft(
				plan(springNight(), "2026-03-29T00:00", "2026-03-29T01:00", "2026-03-29T03:00", "2026-03-29T04:00"));
	}

	@Test
	void aWindowMovedAwayFromItsStoredShiftIsABreachOfItsWindows() {
		storeWindowStart(dataSource, "r2", "2026-03-29T04:30");

		var review = planning.review(SPRING_FORWARD, Locale.ENGLISH).orElseThrow();

		assertThat(review.plan().feasible()).isFalse();
		assertThat(startOf(review.plan(), "r2")).isEqualTo("2026-03-29T03:00");
		assertThat(review.explanation().rules()).filteredOn(rule -> rule.rule().equals("startInsideWindows"))
				.singleElement().satisfies(rule -> assertThat(rule.score().hardScore()).isEqualTo(-60));
	}

	@Test
	void aWorkerOnLeaveSinceThePlanKeepsTheShiftAndBreaksAvailability() {
		var w1 = workers.findByCode("w1").orElseThrow();
		var leave = new ArrayList<>(w1.getUnavailability());
		leave.add(new Unavailability(LocalDate.of(2026, 3, 28).atStartOfDay(), LocalDate.of(2026, 3, 30).atStartOfDay(),
				"illness"));
		w1.setUnavailability(leave);
		workers.save(w1);

		var review = planning.review(SPRING_FORWARD, Locale.ENGLISH).orElseThrow();

		assertThat(review.plan().feasible()).isFalse();
		assertThat(review.plan().shifts()).extracting(PlanDocument.Shift::worker).containsOnly("w1");
		assertThat(review.explanation().rules()).extracting(RuleScore::rule).contains("availability");
	}

	private static String startOf(PlanDocument plan, String request) {
		return plan.shifts().stream().filter(shift -> shift.request().equals(request))
				.map(shift -> String.valueOf(shift.start())).findFirst().orElseThrow();
	}

}
