package fr.mosaic.portal.ui;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import fr.mosaic.AccountFixtures;
import fr.mosaic.PlannedWeeks;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.statement.StatementFixtures;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.UnavailabilityDeclarations;
import fr.mosaic.worker.WorkerService;

/**
 * The worker's declaration screen says under the fields what is wrong with a period (its end before its start, a start
 * passed, a time the clocks skip, a missing time) and stores nothing; a right period is listed, and withdrawn once
 * confirmed. A period over published shifts names them, as still planned.
 */
@SpringBootTest
@WithMockUser(username = "unavailable-worker", roles = AppRoles.WORKER)
class UnavailabilityViewTest extends SpringBrowserlessTest {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	Clock clock;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	PlannedWeeks plannedWeeks;

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	SkillService skills;

	@Autowired
	RequestService requests;

	@Autowired
	UnavailabilityDeclarations declarations;

	UnavailabilityView view;

	@BeforeEach
	void open() {
		fixtures.worker("unavailable-worker", "UNAV-W1");
		view = navigate(UnavailabilityView.class);
	}

	LocalDate nextWeek() {
		return LocalDate.now(clock).plusDays(7);
	}

	@Test
	void aWrongPeriodIsRefusedWithItsReasonAndNothingStored() {
		declare(nextWeek().atTime(18, 0), nextWeek().atTime(14, 0));
		assertThat(view.error.getText()).isEqualTo(message("worker.declare.endBeforeStart",
				TIME.format(nextWeek().atTime(18, 0)), TIME.format(nextWeek().atTime(14, 0))));

		var now = LocalDateTime.now(clock);
		declare(now.minusDays(1), now.plusHours(1));
		assertThat(view.error.getText()).isEqualTo(message("worker.declare.past", TIME.format(now.minusDays(1))));

		var skipped = ClockChangeWeeks.nextSpringForwardSunday(clock).atTime(2, 30);
		declare(skipped, skipped.plusHours(6));
		assertThat(view.error.getText())
				.isEqualTo(message("worker.declare.skipped", TIME.format(skipped), "02:00", "03:00"));

		view.start.setValue(nextWeek().atTime(9, 0));
		view.end.clear();
		test(view.declare).click();
		assertThat(view.error.getText()).isEqualTo(message("portal.unavailability.required"));

		assertThat(view.grid.isVisible()).isFalse();
		assertThat(view.none.isVisible()).isTrue();
	}

	@Test
	void aRightPeriodIsListedAndWithdrawnOnceConfirmed() {
		view.reason.setValue("Rendez-vous médical");
		declare(nextWeek().atTime(14, 0), nextWeek().atTime(18, 0));

		assertThat(view.error.getText()).isEmpty();
		assertThat(view.start.getValue()).as("the form is cleared").isNull();
		var grid = test(view.grid);
		assertThat(grid.size()).isEqualTo(1);
		assertThat(grid.getCellText(0, 2)).isEqualTo("Rendez-vous médical");

		test((Button) grid.getCellComponent(0, 3)).click();
		var dialog = $(ConfirmDialog.class).single();
		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

		assertThat(view.grid.isVisible()).isFalse();
		assertThat(view.none.isVisible()).isTrue();
	}

	@Test
	void aPeriodOverPublishedShiftsNamesThemAsStillPlanned() {
		var week = WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(47);
		var workerId = fixtures.worker("unavailable-worker", "UNAV-W1");
		systemAccess.run(() -> {
			var skill = skills.save(skill("UNAV-SK", "Accueil des bénévoles"));
			var member = members.save(member("UNAV-M1", "Maison des associations"));
			var wednesday = requests.save(request("UNAV-R1", member, skill, week));
			var friday = requests.save(StatementFixtures.request(request("UNAV-R2", member, skill, week),
					week.plusDays(4).atTime(14, 0), 120));
			plannedWeeks.draft(week, List.of(StatementFixtures.shift(wednesday, workers.get(workerId)),
					StatementFixtures.shift(friday, workers.get(workerId))));
		});
		plannedWeeks.publish(week);
		try {
			// Wednesday's shift runs 09:00 to 12:00: the period ends inside it; Friday's is outside
			declare(week.plusDays(2).atTime(6, 0), week.plusDays(2).atTime(10, 0));

			var locale = UI.getCurrent().getLocale();
			var day = DateTimeFormatter.ofPattern(message("portal.unavailability.shiftDay"), locale)
					.format(week.plusDays(2));
			assertThat(view.overlaps.getText())
					.isEqualTo(message("portal.unavailability.overlaps", 1, day + " 09:00–12:00"));

			declare(week.plusDays(3).atTime(6, 0), week.plusDays(3).atTime(10, 0));
			assertThat(view.overlaps.getText()).as("a period over no shift").isEmpty();
		} finally {
			plannedWeeks.remove(week);
			systemAccess.run(
					() -> declarations.declaredBy(workerId).forEach(period -> declarations.withdraw(workerId, period)));
		}
	}

	private void declare(LocalDateTime start, LocalDateTime end) {
		view.start.setValue(start);
		view.end.setValue(end);
		test(view.declare).click();
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
