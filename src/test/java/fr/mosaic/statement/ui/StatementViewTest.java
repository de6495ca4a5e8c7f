package fr.mosaic.statement.ui;

import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

import fr.mosaic.AccountFixtures;
import fr.mosaic.PlannedWeeks;
import fr.mosaic.base.Translations;
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
 * The statement screen shows a member its own month's hours per worker and site with the CSV to download; the
 * coordinator chooses the member first. The month is six months back, in a week no other test plans.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementViewTest extends SpringBrowserlessTest {

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

	YearMonth month;

	LocalDate week;

	long memberId;

	@BeforeAll
	void publishAWeek() {
		month = YearMonth.now(clock).minusMonths(6);
		// its Wednesday, the fixture's day, falls in the month
		week = WeekField.mondayOf(month.atDay(10));
		memberId = fixtures.member("statement-member", "STV-M1");
		var workerId = fixtures.worker("statement-worker", "STV-W1");
		systemAccess.run(() -> {
			var skill = skills.save(skill("STV-SK", "Relevé à l'écran"));
			// a week that is over is stored as a file's record of it is
			var stored = requests.replaceWeek(week, List.of(request("STV-R1", members.get(memberId), skill, week)))
					.getFirst();
			plannedWeeks.draft(week, List.of(StatementFixtures.shift(stored, workers.get(workerId))));
		});
		plannedWeeks.publish(week);
	}

	@AfterAll
	void removeWeek() {
		plannedWeeks.remove(week);
	}

	@Test
	@WithMockUser(username = "statement-member", roles = AppRoles.MEMBER)
	void aMemberSeesItsMonthAndDownloadsIt() {
		var view = navigate(StatementView.class);
		assertThat(view.member.isVisible()).as("a member chooses no member").isFalse();
		assertThat(view.month.getValue()).isEqualTo(YearMonth.now(clock));
		assertThat(view.summary.getText()).isEqualTo(message("statement.none"));
		assertThat(view.download.isVisible()).isFalse();

		view.month.setValue(month);

		var grid = test(view.grid);
		assertThat(grid.size()).isEqualTo(1);
		assertThat(grid.getCellText(0, 0)).isEqualTo("STV-W1");
		assertThat(grid.getCellText(0, 1)).isEqualTo("Accueil");
		assertThat(grid.getCellText(0, 2)).isEqualTo(duration(180));
		assertThat(view.summary.getText()).isEqualTo(message("statement.total", duration(180), 1));
		assertThat(view.download.isVisible()).isTrue();
		assertThat(view.download.getHref()).isNotBlank();
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void theCoordinatorChoosesTheMember() {
		var view = navigate(StatementView.class);
		assertThat(view.member.isVisible()).isTrue();
		assertThat(view.summary.getText()).isEqualTo(message("statement.choose"));
		assertThat(view.grid.isVisible()).isFalse();

		view.month.setValue(month);
		view.member.setValue(systemAccess.call(() -> members.get(memberId)));

		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(view.summary.getText()).isEqualTo(message("statement.total", duration(180), 1));
	}

	private static String duration(long minutes) {
		return Durations.format(minutes, UI.getCurrent().getLocale());
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
