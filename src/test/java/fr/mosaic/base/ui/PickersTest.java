package fr.mosaic.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Vaadin's pickers and upload get their texts in the UI's language, weeks starting Monday in both. */
class PickersTest {

	@Test
	void frenchDatePickerHasFrenchNamesAndMondayFirst() {
		var i18n = Pickers.dateI18n(Locale.FRENCH);

		assertThat(i18n.getMonthNames()).hasSize(12).startsWith("janvier").endsWith("décembre");
		assertThat(i18n.getWeekdays()).as("Vaadin takes them Sunday first").hasSize(7).startsWith("dimanche", "lundi");
		assertThat(i18n.getWeekdaysShort()).hasSize(7);
		assertThat(i18n.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
		assertThat(i18n.getToday()).isEqualTo("Aujourd'hui");
		assertThat(i18n.getCancel()).isEqualTo("Annuler");
		assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
	}

	@Test
	void englishDatePickerAlsoStartsTheWeekOnMonday() {
		var i18n = Pickers.dateI18n(Locale.ENGLISH);

		assertThat(i18n.getMonthNames()).hasSize(12).startsWith("January");
		assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
		assertThat(i18n.getToday()).isEqualTo("Today");
	}

	@Test
	void uploadSaysDropAFileHereInFrench() {
		var i18n = Pickers.uploadI18n(Locale.FRENCH);

		assertThat(i18n.getDropFiles().getOne()).isEqualTo("Déposer un fichier ici");
		assertThat(i18n.getAddFiles().getOne()).isEqualTo("Choisir un fichier…");
		assertThat(i18n.getUnits().getSize()).startsWith("o", "Ko", "Mo");
	}

}
