package fr.mosaic.portal.ui;

import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;

import fr.mosaic.AccountFixtures;
import fr.mosaic.PlannedWeeks;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.statement.StatementFixtures;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

/**
 * A member's schedule shows who comes to its sites in a published week, when and where, and nothing of a draft nor of
 * another member's sites.
 */
@SpringBootTest
@WithMockUser(username = "schedule-member", roles = AppRoles.MEMBER)
class MemberScheduleViewTest extends SpringBrowserlessTest {

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	SkillService skills;

	@Autowired
	RequestService requests;

	@Autowired
	PlannedWeeks plannedWeeks;

	@Autowired
	Clock clock;

	LocalDate week() {
		return WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(44);
	}

	@AfterEach
	void removeWeek() {
		plannedWeeks.remove(week());
	}

	@Test
	void showsWhoComesToTheMembersSitesInAPublishedWeek() {
		var memberId = fixtures.member("schedule-member", "SCHED-M1");
		var otherId = fixtures.member("schedule-other", "SCHED-M2");
		var workerId = fixtures.worker("schedule-worker", "SCHED-W1");
		var otherWorkerId = fixtures.worker("schedule-worker-2", "SCHED-W2");
		systemAccess.run(() -> {
			var skill = skills.save(skill("SCHED-SK", "Tenue du planning des adhérents"));
			var mine = requests.save(request("SCHED-R1", members.get(memberId), skill, week()));
			var theirs = requests.save(request("SCHED-R2", members.get(otherId), skill, week()));
			plannedWeeks.draft(week(), List.of(StatementFixtures.shift(mine, workers.get(workerId)),
					StatementFixtures.shift(theirs, workers.get(otherWorkerId))));
		});
		var view = navigate(MemberScheduleView.class);
		view.week.setValue(week());
		assertThat(view.grid.isVisible()).as("a draft").isFalse();
		assertThat(view.none.isVisible()).isTrue();

		plannedWeeks.publish(week());
		view.refresh();

		var grid = test(view.grid);
		assertThat(view.none.isVisible()).isFalse();
		assertThat(grid.size()).as("the other member's shift is not shown").isEqualTo(1);
		assertThat(grid.getCellText(0, 1)).isEqualTo("09:00–12:00");
		assertThat(grid.getCellText(0, 2)).isEqualTo("SCHED-W1");
		assertThat(grid.getCellText(0, 3)).isEqualTo("Accueil");
	}

}
