package fr.mosaic.weekplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.mosaic.base.RefusedException;
import fr.mosaic.security.AppRoles;

/**
 * Publishing keeps its rule in the service, whichever screen or caller asks: only a feasible plan is published, and
 * only a published one is announced.
 */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
@RecordApplicationEvents
class WeekPlanServiceIT {

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	/** A week far enough ahead that no other test plans it. */
	LocalDate week() {
		return LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(40);
	}

	@AfterEach
	void removeWeek() {
		if (weekPlans.isPublished(week())) {
			weekPlans.reopen(week());
		}
		weekPlans.deleteWeek(week());
	}

	@Test
	void infeasiblePlanIsRefusedAndStaysADraft() {
		weekPlans.saveDraft(week(), List.of(), "-1hard/0medium/0soft", false);

		var refused = catchThrowableOfType(RefusedException.class, () -> weekPlans.publish(week()));

		assertThat(refused.key()).isEqualTo("weekplan.publish.infeasible");
		assertThat(refused.args()).containsExactly(week());
		assertThat(weekPlans.findByWeek(week())).get().extracting(WeekPlan::getState).isEqualTo(WeekPlanState.DRAFT);
		assertThat(events.stream(WeekPlanPublished.class)).isEmpty();
	}

	@Test
	void feasiblePlanIsPublishedAndAnnounced() {
		weekPlans.saveDraft(week(), List.of(), "0hard/0medium/0soft", true);

		weekPlans.publish(week());

		assertThat(weekPlans.isPublished(week())).isTrue();
		assertThat(events.stream(WeekPlanPublished.class)).containsExactly(new WeekPlanPublished(week(), null));
	}

}
