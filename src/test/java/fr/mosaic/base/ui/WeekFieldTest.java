package fr.mosaic.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import fr.mosaic.base.Translations;

/** The week field alone: whatever day is picked, it holds and shows that week's Monday. */
class WeekFieldTest extends BrowserlessTest {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	private WeekField week;

	private final List<LocalDate> seen = new ArrayList<>();

	@BeforeEach
	void showWeekField() {
		week = new WeekField("Semaine");
		UI.getCurrent().add(week);
		week.addValueChangeListener(event -> seen.add(event.getValue()));
	}

	@Test
	void wednesdayPickedBecomesItsMondayShownWithTheWeekNumber() {
		fromBrowser("2026-11-25");

		assertThat(week.getValue()).isEqualTo(MONDAY);
		assertThat(week.getElement().getProperty("value")).as("what the browser shows").isEqualTo("2026-11-23");
		assertThat(week.getHelperText()).isEqualTo(message("base.week.number", 48, 2026));
		assertThat(seen).as("listeners see only the Monday").containsExactly(MONDAY);
	}

	@Test
	void sundaySetByCodeBecomesItsMonday() {
		week.setValue(LocalDate.of(2026, 11, 29));

		assertThat(week.getValue()).isEqualTo(MONDAY);
		assertThat(seen).containsExactly(MONDAY);
	}

	@Test
	void weekOfTheNextYearIsNumberedInItsWeekBasedYear() {
		fromBrowser("2027-01-01");

		assertThat(week.getValue()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(week.getHelperText()).isEqualTo(message("base.week.number", 53, 2026));
	}

	@Test
	void fieldThatRefusesEmptyKeepsItsWeekWhenCleared() {
		week.setValue(MONDAY);
		week.refuseEmpty();

		fromBrowser("");

		assertThat(week.getValue()).isEqualTo(MONDAY);
		assertThat(week.getElement().getProperty("value")).isEqualTo("2026-11-23");
		assertThat(seen).containsExactly(MONDAY);
	}

	@Test
	void fieldThatAllowsEmptyIsCleared() {
		week.setValue(MONDAY);

		fromBrowser("");

		assertThat(week.getValue()).isNull();
		assertThat(week.getHelperText()).isNull();
	}

	@Test
	void dayPickedThroughTheTesterBecomesItsMondayToo() {
		test(week).setValue(LocalDate.of(2026, 11, 27));

		assertThat(week.getValue()).isEqualTo(MONDAY);
	}

	/** The value property as the browser sends it when the coordinator picks, types or clears a date. */
	private void fromBrowser(String isoDate) {
		week.getElement().setProperty("value", isoDate);
	}

	private static String message(String key, Object... params) {
		return Translations.translate(key, UI.getCurrent().getLocale(), params);
	}

}
