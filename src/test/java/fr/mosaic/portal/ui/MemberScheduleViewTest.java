package fr.mosaic.portal.ui;

import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

import fr.mosaic.AccountFixtures;
import fr.mosaic.PlannedWeeks;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.Durations;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.request.RequestWindow;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.statement.StatementFixtures;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlan;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

/**
 * A member's schedule shows who comes to its sites in a published week, when and where, what it asked for that no one
 * covers, and nothing of a draft nor of another member's sites; it opens on a published week and steps week by week.
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
	WeekPlanService weekPlans;

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
			// asked for on Friday, 08:00 to 18:00, and given to no one
			var friday = week().plusDays(4);
			var missed = request("SCHED-R3", members.get(memberId), skill, week());
			missed.setDurationMinutes(120);
			missed.setWindows(List.of(new RequestWindow(friday.atTime(8, 0), friday.atTime(18, 0))));
			var theirsMissed = request("SCHED-R4", members.get(otherId), skill, week());
			plannedWeeks.draft(week(),
					List.of(StatementFixtures.shift(mine, workers.get(workerId)),
							StatementFixtures.shift(theirs, workers.get(otherWorkerId)),
							uncovered(requests.save(missed)), uncovered(requests.save(theirsMissed))));
		});
		var view = navigate(MemberScheduleView.class);
		test(view.week.monday).setValue(week());
		assertThat(view.grid.isVisible()).as("a draft").isFalse();
		assertThat(view.none.isVisible()).isTrue();

		plannedWeeks.publish(week());
		view.refresh();

		var grid = test(view.grid);
		assertThat(view.none.isVisible()).isFalse();
		assertThat(grid.size()).as("the other member's shifts are not shown").isEqualTo(2);
		assertThat(grid.getCellText(0, 1)).isEqualTo("09:00–12:00");
		assertThat(grid.getCellText(0, 2)).isEqualTo(Durations.format(180, UI.getCurrent().getLocale()));
		assertThat(grid.getCellText(0, 3)).isEqualTo("SCHED-W1");
		assertThat(grid.getCellText(0, 4)).isEqualTo("Accueil");
		assertThat(grid.getCellText(1, 0)).as("the request's day")
				.isEqualTo(DateText.weekday(week().plusDays(4), UI.getCurrent().getLocale()));
		assertThat(grid.getCellText(1, 1)).as("the request's window").isEqualTo("08:00–18:00");
		assertThat(grid.getCellText(1, 2)).isEqualTo(Durations.format(120, UI.getCurrent().getLocale()));
		assertThat(grid.getCellText(1, 3))
				.isEqualTo(Translations.translate("portal.schedule.uncovered", UI.getCurrent().getLocale()));

		assertThatThrownBy(() -> weekPlans.publishedScheduleOfMember(otherId, week())).as("another member's schedule")
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void opensOnAPublishedWeekAndStepsByWeek() {
		var memberId = fixtures.member("schedule-member", "SCHED-M1");
		var workerId = fixtures.worker("schedule-worker", "SCHED-W1");
		systemAccess.run(() -> {
			var skill = skills.save(skill("SCHED-SK2", "Tenue du planning des adhérents, bis"));
			var mine = requests.save(request("SCHED-R5", members.get(memberId), skill, week()));
			plannedWeeks.draft(week(), List.of(StatementFixtures.shift(mine, workers.get(workerId))));
		});
		plannedWeeks.publish(week());
		var thisWeek = WeekField.mondayOf(LocalDate.now(clock));

		var view = navigate(MemberScheduleView.class);

		var opened = view.week.value();
		assertThat(opened).as("this week or a later one, no later than the week published").isBetween(thisWeek, week());
		assertThat(systemAccess.call(() -> weekPlans.findByWeek(opened)).map(WeekPlan::getPublishedAt))
				.as("a published week").isPresent();
		test(view.week.monday).setValue(week());
		test(view.week.next).click();
		assertThat(view.week.value()).isEqualTo(week().plusWeeks(1));
		assertThat(view.none.isVisible()).isTrue();
		test(view.week.previous).click();
		assertThat(view.week.value()).isEqualTo(week());
		assertThat(view.grid.isVisible()).isTrue();
	}

	private static PlannedShift uncovered(Request request) {
		return new PlannedShift(request, 0, null, null, null, null, null, false, "nobody free");
	}

}
