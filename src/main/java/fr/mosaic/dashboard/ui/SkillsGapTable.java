package fr.mosaic.dashboard.ui;

import java.time.format.TextStyle;
import java.util.Locale;

import fr.mosaic.base.Translations;
import fr.mosaic.dashboard.SkillsGap.Slot;

/** The tables of the skills gap: their keys, {@code skillsGap.<key>.title} and {@code .help}. */
enum SkillsGapTable {

	BY_SKILL("bySkill", "skillsGap.shifts"), BY_AREA("byArea", "skillsGap.shifts"), BY_SLOT("bySlot",
			"skillsGap.shifts"), BELOW_CONTRACT("belowContract", "skillsGap.workers");

	final String key;

	/** The pattern of a line's value: its hours and what its count counts. */
	final String valueKey;

	SkillsGapTable(String key, String valueKey) {
		this.key = key;
		this.valueKey = valueKey;
	}

	String title(Locale locale) {
		return Translations.translate("skillsGap." + key + ".title", locale);
	}

	String help(Locale locale) {
		return Translations.translate("skillsGap." + key + ".help", locale);
	}

	/** "lundi matin", "Tuesday afternoon". */
	static String slotLabel(Slot slot, Locale locale) {
		return Translations.translate(slot.morning() ? "skillsGap.morning" : "skillsGap.afternoon", locale,
				slot.day().getDisplayName(TextStyle.FULL, locale));
	}

}
