package fr.mosaic.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import fr.mosaic.base.TestClock;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestWindow;
import fr.mosaic.request.SkippedTime;
import fr.mosaic.worker.Skill;

/** The request form alone, as of the test clock, with the service's rule on the group's zone, Paris. */
class RequestFormTest extends BrowserlessTest {

	private static final Clock NOW = TestClock.clock();

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final LocalDate CURRENT_MONDAY = WeekField.mondayOf(LocalDate.now(NOW));

	private static final LocalDate NEXT_MONDAY = CURRENT_MONDAY.plusWeeks(1);

	private final Member member = new Member();

	private final Site site = new Site();

	private final Skill skill = new Skill();

	private final List<Request> saved = new ArrayList<>();

	// built once the browser-less UI exists, so its labels are translated
	private RequestForm form;

	@BeforeEach
	void showNewRequest() {
		member.setName("Ferme du Moulin");
		site.setName("Grange");
		member.addSite(site);
		skill.setName("Traite");
		showNewRequest(NOW, NEXT_MONDAY);
	}

	private void showNewRequest(Clock clock, LocalDate week) {
		// the service's rule on this clock: weeks before the current one are over
		form = new RequestForm(day -> day.isBefore(WeekField.mondayOf(LocalDate.now(clock))),
				windows -> SkippedTime.first(windows, PARIS));
		UI.getCurrent().add(form);
		form.setChoices(List.of(member), List.of(skill));
		form.addSaveListener(event -> saved.add(event.bean()));
		form.edit(RequestForm.newRequest(week));
	}

	@Test
	void weekAlreadyOverIsRefused() {
		fillTuesdayMorning();
		test(form.weekStart).setValue(CURRENT_MONDAY.minusWeeks(1));
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.weekStart.isInvalid()).isTrue();
		assertThat(form.weekStart.getErrorMessage()).isEqualTo(message("request.form.weekStart.past"));
	}

	@Test
	void currentWeekIsAccepted() {
		fillTuesdayMorning();
		test(form.weekStart).setValue(CURRENT_MONDAY);
		test(form.save).click();

		assertThat(saved).singleElement().satisfies(request -> assertThat(request.getWindows()).containsExactly(
				new RequestWindow(CURRENT_MONDAY.plusDays(1).atTime(8, 0), CURRENT_MONDAY.plusDays(1).atTime(12, 0))));
	}

	@Test
	void wednesdayPickedAsTheWeekIsSavedAsItsMonday() {
		fillTuesdayMorning();
		test(form.weekStart).setValue(NEXT_MONDAY.plusDays(2));
		test(form.save).click();

		assertThat(form.weekStart.getValue()).isEqualTo(NEXT_MONDAY);
		assertThat(saved).singleElement().satisfies(request -> {
			assertThat(request.getWeekStart()).isEqualTo(NEXT_MONDAY);
			assertThat(request.getWindows()).containsExactly(
					new RequestWindow(NEXT_MONDAY.plusDays(1).atTime(8, 0), NEXT_MONDAY.plusDays(1).atTime(12, 0)));
		});
	}

	@Test
	void windowShorterThanShiftIsRefused() {
		fillTuesdayMorning();
		test(form.terms.durationMinutes).setValue(300);
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.status.getText()).as("names the window and both lengths")
				.isEqualTo(message("request.form.windows.tooShort",
						DayOfWeek.TUESDAY.getDisplayName(TextStyle.FULL, UI.getCurrent().getLocale()), "08:00–12:00",
						240, 300));
	}

	@Test
	void theEndTimesOfferedComeAfterTheStart() {
		test(form.windows.add).click();
		var row = (DayTimeRow) form.windows.rows().getFirst();
		assertThat(row.to.getListDataView().getItems().findFirst()).contains(LocalTime.of(0, 15));

		row.from.setValue(LocalTime.of(8, 0));

		var ends = row.to.getListDataView().getItems().toList();
		assertThat(ends.getFirst()).isEqualTo(LocalTime.of(8, 15));
		assertThat(ends.getLast()).as("24:00, the end of the day").isEqualTo(LocalTime.MIDNIGHT);
	}

	@Test
	void windowStartingInTheHourTheClocksSkipIsRefusedOnTheWindowsField() {
		// a clock of its own: the week the clocks go forward, 2026-03-23, is then the coming one
		var springForward = LocalDate.of(2026, 3, 23);
		// Vaadin's own translations, without Spring, fall back to the machine's language: English, said outright
		UI.getCurrent().setLocale(Locale.ENGLISH);
		showNewRequest(Clock.fixed(springForward.minusDays(5).atTime(9, 0).atZone(PARIS).toInstant(), PARIS),
				springForward);
		fillTuesdayMorning();
		var row = (DayTimeRow) form.windows.rows().getFirst();
		row.day.setValue(DayOfWeek.SUNDAY);
		row.from.setValue(LocalTime.of(2, 30));
		row.to.setValue(LocalTime.of(6, 0));
		test(form.terms.durationMinutes).setValue(120);
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.windows.isInvalid()).isTrue();
		assertThat(form.windows.getErrorMessage())
				.isEqualTo("March 29, 2026 at 02:30 does not exist: the clocks go forward that night");

		row.from.setValue(LocalTime.of(3, 0));
		test(form.save).click();

		assertThat(saved).singleElement().satisfies(request -> assertThat(request.getWindows()).containsExactly(
				new RequestWindow(LocalDate.of(2026, 3, 29).atTime(3, 0), LocalDate.of(2026, 3, 29).atTime(6, 0))));
	}

	@Test
	void missingSkillIsRefused() {
		fillTuesdayMorning();
		form.terms.skill.clear();
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.terms.skill.getErrorMessage()).isEqualTo(message("request.form.skill.required"));
	}

	@Test
	void windowEndingAtMidnightShowsAs2400AndIsSavedUnchanged() {
		var evening = new RequestWindow(NEXT_MONDAY.plusDays(4).atTime(20, 0), NEXT_MONDAY.plusDays(5).atStartOfDay());
		var request = RequestForm.newRequest(NEXT_MONDAY);
		request.setCode("R2");
		request.setMember(member);
		request.setSite(site);
		request.setSkill(skill);
		request.setWindows(List.of(evening));
		form.edit(request);

		var row = (DayTimeRow) form.windows.rows().getFirst();
		assertThat(row.day.getValue()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(row.to.getItemLabelGenerator().apply(row.to.getValue())).isEqualTo("24:00");
		assertThat(Windows.summary(List.of(Windows.of(evening)), Locale.FRENCH)).isEqualTo("ven. 20:00–24:00");
		test(form.save).click();

		assertThat(saved).singleElement().satisfies(r -> assertThat(r.getWindows()).containsExactly(evening));
	}

	private void fillTuesdayMorning() {
		test(form.code).setValue("R1");
		test(form.terms.member).selectItem("Ferme du Moulin");
		test(form.terms.site).selectItem("Grange");
		test(form.terms.skill).selectItem("Traite");
		test(form.windows.add).click();
		var row = (DayTimeRow) form.windows.rows().getFirst();
		row.day.setValue(DayOfWeek.TUESDAY);
		row.from.setValue(LocalTime.of(8, 0));
		row.to.setValue(LocalTime.of(12, 0));
	}

	private String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
