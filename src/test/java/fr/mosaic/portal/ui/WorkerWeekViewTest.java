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
import fr.mosaic.PlannedWeeks;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.Durations;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.statement.StatementFixtures;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

/**
 * A worker's home shows their shifts of a published week, with the member, the site and its address (else the site's
 * and member's names), the week's total beside their contract, the hours of the week's month and the travel between two
 * shifts of a day; nothing of a draft.
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
	PlannedWeeks plannedWeeks;

	@Autowired
	Clock clock;

	LocalDate week() {
		return WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(35);
	}

	@AfterEach
	void removeWeek() {
		plannedWeeks.remove(week());
	}

	@Test
	void showsThePublishedShiftsOfTheChosenWeek() {
		var workerId = fixtures.worker("week-worker", "WEEK-W1");
		systemAccess.run(() -> {
			var mairie = member("WEEK-M1", "Mairie de Sassenage");
			mairie.getSites().getFirst().setAddress("1 place de la Libération, Sassenage");
			var skill = skills.save(skill("WEEK-SK", "Entretien des espaces verts"));
			var morning = requests.save(request("WEEK-R1", members.save(mairie), skill, week()));
			// 11 km north of the first site, by the group's 40 km/h and 1.3 detour: 22 minutes away
			var ferme = member("WEEK-M2", "Ferme des Îles");
			ferme.getSites().getFirst().setLat(45.1);
			var afternoon = requests.save(StatementFixtures.request(
					request("WEEK-R2", members.save(ferme), skill, week()), week().plusDays(2).atTime(13, 0), 120));
			plannedWeeks.draft(week(), List.of(StatementFixtures.shift(morning, workers.get(workerId)),
					StatementFixtures.shift(afternoon, workers.get(workerId))));
		});
		var view = navigate(WorkerWeekView.class);
		test(view.week.monday).setValue(week());
		assertThat(view.grid.isVisible()).as("a draft").isFalse();
		assertThat(view.summary.getText())
				.isEqualTo(message("portal.week.none", DateText.day(week(), UI.getCurrent().getLocale())));
		assertThat(view.month.getText()).as("a draft counts nothing").isEqualTo(monthHours(0));
		assertThat(view.contract.getText()).isEqualTo(message("portal.week.contract", duration(35 * 60)));

		plannedWeeks.publish(week());
		view.refresh();

		var grid = test(view.grid);
		assertThat(grid.size()).isEqualTo(2);
		assertThat(grid.getCellText(0, 1)).isEqualTo("09:00–12:00");
		assertThat(grid.getCellText(0, 2)).isEqualTo("Mairie de Sassenage");
		assertThat(grid.getCellText(0, 4)).isEqualTo("1 place de la Libération, Sassenage");
		assertThat(grid.getCellText(0, 6)).as("the day's first shift").isEmpty();
		assertThat(grid.getCellText(1, 1)).isEqualTo("13:00–15:00");
		assertThat(grid.getCellText(1, 2)).isEqualTo("Ferme des Îles");
		assertThat(grid.getCellText(1, 4)).as("a site without address").isEqualTo("Accueil, Ferme des Îles");
		assertThat(grid.getCellText(1, 6)).isEqualTo(duration(22));
		assertThat(view.summary.getText()).isEqualTo(message("portal.week.total", 2, duration(300)));
		assertThat(view.month.getText()).isEqualTo(monthHours(300));
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
