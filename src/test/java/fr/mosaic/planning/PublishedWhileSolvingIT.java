package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.planning.PlanningService.Cancellation;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.PlanStore.StoredPlan;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * A coordinator publishes a week's feasible draft while the solver is still improving that week: the solver stops, says
 * why, and leaves the published plan as it was.
 */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class PublishedWhileSolvingIT {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	static final String JOB = PlanningService.weekJobId(WEEK);

	@Autowired
	PlanningService planning;

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void storeTheSmallWeekWithItsFeasibleDraft() throws Exception {
		DatabaseCleaner.clean(dataSource);
		ExampleWeek.storeWithDraft(importer, planStore);
	}

	@AfterEach
	void stopAndForgetTheWeek() {
		planning.stop(JOB);
		DatabaseCleaner.clean(dataSource);
	}

	@Test
	void publishingTheWeekStopsItsSolveWhichStoresNothingOverThePublishedPlan() {
		StoredPlan draft = planStore.find(WEEK).orElseThrow();
		planning.solveWeek(WEEK, Duration.ofMinutes(5), status -> {
		});
		// polled on the test's thread, which holds the coordinator's login
		await().pollInSameThread().atMost(Duration.ofSeconds(60))
				.until(() -> planning.status(JOB).orElseThrow().state() == JobState.SOLVING);

		weekPlans.publish(WEEK);

		await().pollInSameThread().atMost(Duration.ofSeconds(60))
				.until(() -> planning.status(JOB).orElseThrow().state().finished());
		var status = planning.status(JOB).orElseThrow();
		assertThat(status.state()).isEqualTo(JobState.CANCELLED);
		assertThat(status.cancellation()).isEqualTo(Cancellation.WEEK_PUBLISHED);
		assertThat(status.error()).isNull();
		var published = planStore.find(WEEK).orElseThrow();
		assertThat(published.state()).isEqualTo("PUBLISHED");
		assertThat(published.score()).isEqualTo(draft.score());
		assertThat(published.shifts()).containsExactlyInAnyOrderElementsOf(draft.shifts());
	}

}
