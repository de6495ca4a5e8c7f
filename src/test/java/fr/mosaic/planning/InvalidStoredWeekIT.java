package fr.mosaic.planning;

import static fr.mosaic.planning.ClockChangeWeeks.SPRING_FORWARD;
import static fr.mosaic.planning.ClockChangeWeeks.plan;
import static fr.mosaic.planning.ClockChangeWeeks.springNight;
import static fr.mosaic.planning.ClockChangeWeeks.storeWindowStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * A stored week holding a window at a time the clocks skip, as data stored before the register refused it does:
 * planning and reviewing it name the request, the field and the time instead of failing in the solver's mapping.
 */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class InvalidStoredWeekIT {

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
	void storeTheSpringNight() {
		DatabaseCleaner.clean(dataSource);
		importer.importProblem(springNight());
	}

	@Test
	void planningItNamesTheRequestAndTheTimeAndQueuesNothing() {
		storeWindowStart(dataSource, "r1", "2026-03-29T02:30");

		assertRefusedForR1(() -> planning.solveWeek(SPRING_FORWARD, Duration.ofSeconds(1), status -> {
		}));
		assertThat(planning.status(PlanningService.weekJobId(SPRING_FORWARD))).isEmpty();
		assertThat(weekPlans.findByWeek(SPRING_FORWARD)).isEmpty();
	}

	@Test
	void reviewingItsStoredPlanNamesThemToo() {
		planStore.storeDraft(
				plan(springNight(), "2026-03-29T00:00", "2026-03-29T01:00", "2026-03-29T03:00", "2026-03-29T04:00"));
		storeWindowStart(dataSource, "r1", "2026-03-29T02:30");

		assertRefusedForR1(() -> planning.review(SPRING_FORWARD, Locale.ENGLISH));
		assertRefusedForR1(() -> planning.exportPlan(SPRING_FORWARD, Locale.ENGLISH));
	}

	private static void assertRefusedForR1(ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidWeekException.class, ex -> {
			assertThat(ex.weekStart()).isEqualTo(SPRING_FORWARD);
			assertThat(ex.errors()).singleElement().satisfies(error -> {
				assertThat(ex.requestOf(error)).contains("r1");
				assertThat(error.path()).isEqualTo("$.requests[0].windows[0].start");
				assertThat(error.message(Locale.ENGLISH))
						.isEqualTo("2026-03-29T02:30 does not exist in time zone Europe/Paris: the clocks skip it");
			});
		});
	}

}
