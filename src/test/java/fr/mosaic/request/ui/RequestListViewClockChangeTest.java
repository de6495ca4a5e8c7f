package fr.mosaic.request.ui;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.RegisterFixtures;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.request.RecurringWindow;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.SkillService;

/**
 * The requests screen, in French, on the next week the clocks go forward after the test clock, so that the week is
 * still to come on any test clock: 2027-03-28 for the default one.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class RequestListViewClockChangeTest extends SpringBrowserlessTest {

	@Autowired
	MemberService members;

	@Autowired
	SkillService skills;

	@Autowired
	RequestService requests;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	private LocalDate sunday;

	private RequestListView view;

	@BeforeEach
	void openTheWeekTheClocksGoForward() {
		DatabaseCleaner.clean(dataSource);
		sunday = ClockChangeWeeks.nextSpringForwardSunday(clock);
		UI.getCurrent().setLocale(Locale.FRENCH);
		view = navigate(RequestListView.class);
		test(view.week.monday).setValue(WeekField.mondayOf(sunday));
	}

	@Test
	void aWindowStartingInTheSkippedHourIsRefusedOnTheWindowsField() {
		var member = members.save(member("DST-UI-M", "Fromagerie du Col"));
		skills.save(skill("DST-UI-K", "Affinage"));
		test($(Button.class).withText(message("request.list.add")).single()).click();
		var form = $(RequestForm.class).single();
		test(form.code).setValue("DST-1");
		test(form.terms.member).selectItem("Fromagerie du Col");
		test(form.terms.site).selectItem("Accueil");
		test(form.terms.skill).selectItem("Affinage");
		test(form.terms.durationMinutes).setValue(120);
		test(form.windows.add).click();
		var row = (DayTimeRow) form.windows.rows().getFirst();
		row.day.setValue(DayOfWeek.SUNDAY);
		row.from.setValue(LocalTime.of(2, 30));
		row.to.setValue(LocalTime.of(6, 0));

		test(form.save).click();

		assertThat(form.windows.getErrorMessage())
				.isEqualTo("Le " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(sunday)
						+ " à 02:30 n'existe pas : on avance l'heure cette nuit-là");
		assertThat(requests.findByWeek(WeekField.mondayOf(sunday)))
				.noneMatch(request -> request.getMember().equals(member));
	}

	@Test
	void addingRecurringRequestsSaysWhichWindowTheNightLeavesOut() {
		var recurring = RegisterFixtures.recurring(members.save(member("DST-UI-M2", "Cave Coopérative")),
				skills.save(skill("DST-UI-K2", "Mise en bouteille")));
		recurring.setDurationMinutes(60);
		recurring.setFirstDay(WeekField.mondayOf(sunday));
		recurring.setWindows(List.of(new RecurringWindow(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0)),
				new RecurringWindow(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))));
		var code = requests.saveRecurring(recurring).code();

		test(view.addRecurring).click();

		assertThat($(Notification.class).all()).extracting(notification -> test(notification).getText())
				.containsExactly("Une demande récurrente ajoutée", code
						+ " Cave Coopérative Accueil Mise en bouteille : " + "la plage du "
						+ DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(sunday) + " 02:00–03:00 "
						+ "n'est pas ajoutée : elle tombe dans l'heure qui saute quand on avance l'heure cette nuit-là.");
		assertThat(requests.findByWeek(WeekField.mondayOf(sunday))).singleElement()
				.satisfies(request -> assertThat(request.getWindows()).singleElement()
						.satisfies(window -> assertThat(window.start()).isEqualTo(sunday.minusDays(1).atTime(10, 0))));
	}

	private static String message(String key) {
		return Translations.translate(key, UI.getCurrent().getLocale());
	}

}
