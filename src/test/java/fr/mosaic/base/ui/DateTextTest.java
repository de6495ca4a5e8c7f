package fr.mosaic.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.mosaic.base.Translations;

/** One written date form per language, French month names in French. */
class DateTextTest {

	static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	@Test
	void dayIsWrittenInTheLanguage() {
		assertThat(DateText.day(MONDAY, Locale.FRENCH)).isEqualTo("7 décembre 2026");
		assertThat(DateText.day(MONDAY, Locale.ENGLISH)).isEqualTo("December 7, 2026");
	}

	@Test
	void weekdayIsTheDayWithoutItsYear() {
		assertThat(DateText.weekday(MONDAY, Locale.FRENCH)).isEqualTo("lundi 7 décembre");
		assertThat(DateText.weekday(MONDAY, Locale.ENGLISH)).isEqualTo("Monday, December 7");
	}

	@Test
	void publishDialogNamesTheWeekInFrench() {
		assertThat(Translations.translate("planning.view.publishTitle", Locale.FRENCH,
				DateText.day(MONDAY, Locale.FRENCH))).isEqualTo("Publier la semaine du 7 décembre 2026 ?");
	}

}
