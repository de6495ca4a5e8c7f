package fr.mosaic.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.request.RecurringRequest;
import fr.mosaic.request.RecurringWindow;
import fr.mosaic.worker.Skill;

/** The recurring request form alone, without Spring. */
class RecurringRequestFormTest extends BrowserlessTest {

	private final List<RecurringRequest> saved = new ArrayList<>();

	// built once the browser-less UI exists, so its labels are translated
	private RecurringRequestForm form;

	@BeforeEach
	void showNewRecurringRequest() {
		var member = new Member();
		member.setName("Mairie");
		var site = new Site();
		site.setName("École");
		member.addSite(site);
		var skill = new Skill();
		skill.setName("Animation");
		form = new RecurringRequestForm();
		UI.getCurrent().add(form);
		form.setChoices(List.of(member), List.of(skill));
		form.addSaveListener(event -> saved.add(event.bean()));
		form.edit(new RecurringRequest());
		test(form.terms.member).selectItem("Mairie");
		test(form.terms.site).selectItem("École");
		test(form.terms.skill).selectItem("Animation");
		test(form.terms.durationMinutes).setValue(120);
		test(form.windows.add).click();
		var row = (DayTimeRow) form.windows.rows().getFirst();
		row.day.setValue(DayOfWeek.THURSDAY);
		row.from.setValue(LocalTime.of(16, 0));
		row.to.setValue(LocalTime.of(18, 0));
	}

	@Test
	void lastDayBeforeFirstDayIsRefused() {
		test(form.firstDay).setValue(LocalDate.of(2027, 1, 4));
		test(form.lastDay).setValue(LocalDate.of(2026, 12, 31));
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.status.getText()).isEqualTo(message("request.recurring.period.invalid"));
	}

	@Test
	void twoBrokenRulesAreShownOneALine() {
		test(form.firstDay).setValue(LocalDate.of(2027, 1, 4));
		test(form.lastDay).setValue(LocalDate.of(2026, 12, 31));
		test(form.terms.durationMinutes).setValue(180);
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.status.getText().split("\n")).containsExactlyInAnyOrder(
				message("request.recurring.period.invalid"),
				message("request.form.windows.tooShort",
						DayOfWeek.THURSDAY.getDisplayName(TextStyle.FULL, UI.getCurrent().getLocale()), "16:00–18:00",
						120, 180));
		assertThat(form.status.getStyle().get("white-space")).isEqualTo("pre-line");
	}

	@Test
	void validRecurringRequestIsSavedWithWeekdayWindows() {
		test(form.firstDay).setValue(LocalDate.of(2027, 1, 4));
		test(form.lastDay).setValue(LocalDate.of(2027, 6, 30));
		test(form.save).click();

		assertThat(saved).singleElement().satisfies(recurring -> assertThat(recurring.getWindows())
				.containsExactly(new RecurringWindow(DayOfWeek.THURSDAY, LocalTime.of(16, 0), LocalTime.of(18, 0))));
	}

	@Test
	void windowUpTo2400IsChosenByItsLabelAndSavedAsMidnight() {
		var row = (DayTimeRow) form.windows.rows().getFirst();
		test(row.to).selectItem("24:00");
		test(form.firstDay).setValue(LocalDate.of(2027, 1, 4));
		test(form.lastDay).setValue(LocalDate.of(2027, 6, 30));
		test(form.save).click();

		assertThat(saved).singleElement().satisfies(recurring -> assertThat(recurring.getWindows())
				.containsExactly(new RecurringWindow(DayOfWeek.THURSDAY, LocalTime.of(16, 0), LocalTime.MIDNIGHT)));
	}

	private String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
