package fr.mosaic.portal.ui;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

import fr.mosaic.AccountFixtures;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.Durations;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

/**
 * A worker's home shows their shifts of a published week, with the member, the site and its address, the week's total
 * beside their contract and the hours of the week's month; nothing of a draft.
 */
@SpringBootTest
@WithMockUser(username = "week-worker", roles = AppRoles.WORKER)
class WorkerWeekViewTest extends SpringBrowserlessTest {

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
	WeekPlanService weekPlans;

	@Autowired
	Clock clock;

	LocalDate week() {
		return WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(35);
	}

	@AfterEach
	void removeWeek() {
		systemAccess.run(() -> {
			if (weekPlans.isPublished(week())) {
				weekPlans.reopen(week());
			}
			weekPlans.deleteWeek(week());
		});
	}

	@Test
	void showsThePublishedShiftsOfTheChosenWeek() {
		var workerId = fixtures.worker("week-worker", "WEEK-W1");
		systemAccess.run(() -> {
			var mairie = member("WEEK-M1", "Mairie de Sassenage");
			mairie.getSites().getFirst().setAddress("1 place de la Libération, Sassenage");
			var request = requests.save(request("WEEK-R1", members.save(mairie),
					skills.save(skill("WEEK-SK", "Entretien des espaces verts")), week()));
			var start = week().plusDays(2).atTime(9, 0);
			weekPlans.saveDraft(week(), List.of(new PlannedShift(request, 0, workers.get(workerId), start, null,
					start.plusHours(3), null, false, null)), "0hard/0medium/0soft", true);
		});
		var view = navigate(WorkerWeekView.class);
		view.week.setValue(week());
		assertThat(view.grid.isVisible()).as("a draft").isFalse();
		assertThat(view.summary.getText()).isEqualTo(message("portal.week.none"));
		assertThat(view.month.getText()).as("a draft counts nothing").isEqualTo(monthHours(0));
		assertThat(view.contract.getText()).isEqualTo(message("portal.week.contract", duration(35 * 60)));

		systemAccess.run(() -> weekPlans.publish(week()));
		view.refresh();

		var grid = test(view.grid);
		assertThat(grid.size()).isEqualTo(1);
		assertThat(grid.getCellText(0, 1)).isEqualTo("09:00–12:00");
		assertThat(grid.getCellText(0, 2)).isEqualTo("Mairie de Sassenage");
		assertThat(grid.getCellText(0, 4)).isEqualTo("1 place de la Libération, Sassenage");
		assertThat(view.summary.getText()).isEqualTo(message("portal.week.total", 1, duration(180)));
		assertThat(view.month.getText()).isEqualTo(monthHours(180));
	}

	/** The hours of the month the test's week belongs to, by its Thursday. */
	private String monthHours(long minutes) {
		return message("portal.week.month",
				DateText.month(YearMonth.from(week().with(DayOfWeek.THURSDAY)), UI.getCurrent().getLocale()),
				duration(minutes));
	}

	private static String duration(long minutes) {
		return Durations.format(minutes, UI.getCurrent().getLocale());
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
