package fr.mosaic.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.base.ui.MosaicI18NProvider;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestWindow;
import fr.mosaic.worker.Skill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request form alone, on Wednesday 18 November 2026. */
class RequestFormTest extends BrowserlessTest {

	private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"),
			ZoneId.of("Europe/Paris"));

	private static final LocalDate CURRENT_MONDAY = LocalDate.of(2026, 11, 16);

	private static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 11, 23);

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
		form = new RequestForm(WEDNESDAY);
		UI.getCurrent().add(form);
		form.setChoices(List.of(member), List.of(skill));
		form.addSaveListener(event -> saved.add(event.bean()));
		form.edit(RequestForm.newRequest(NEXT_MONDAY));
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

		assertThat(saved).singleElement()
			.satisfies(request -> assertThat(request.getWindows()).containsExactly(new RequestWindow(
					LocalDateTime.of(2026, 11, 17, 8, 0), LocalDateTime.of(2026, 11, 17, 12, 0))));
	}

	@Test
	void wednesdayPickedAsTheWeekIsSavedAsItsMonday() {
		fillTuesdayMorning();
		test(form.weekStart).setValue(NEXT_MONDAY.plusDays(2));
		test(form.save).click();

		assertThat(form.weekStart.getValue()).isEqualTo(NEXT_MONDAY);
		assertThat(saved).singleElement().satisfies(request -> {
			assertThat(request.getWeekStart()).isEqualTo(NEXT_MONDAY);
			assertThat(request.getWindows()).containsExactly(new RequestWindow(LocalDateTime.of(2026, 11, 24, 8, 0),
					LocalDateTime.of(2026, 11, 24, 12, 0)));
		});
	}

	@Test
	void windowShorterThanShiftIsRefused() {
		fillTuesdayMorning();
		test(form.terms.durationMinutes).setValue(300);
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.status.getText()).isEqualTo(message("request.form.windows.invalid"));
	}

	@Test
	void missingSkillIsRefused() {
		fillTuesdayMorning();
		form.terms.skill.clear();
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.terms.skill.getErrorMessage()).isEqualTo(message("request.form.skill.required"));
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

	private String message(String key) {
		return MosaicI18NProvider.translate(key, UI.getCurrent().getLocale());
	}

}
