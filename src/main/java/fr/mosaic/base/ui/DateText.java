package fr.mosaic.base.ui;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import fr.mosaic.base.Translations;

/**
 * Dates as the screens write them in dialogs, messages and the plan, one form per language from the bundles
 * ({@code base.format.*}): « 7 décembre 2026 », "December 7, 2026". Times are written by {@link DayTime#time}.
 */
public final class DateText {

	private DateText() {
	}

	/** « 7 décembre 2026 », "December 7, 2026". */
	public static String day(TemporalAccessor day, Locale locale) {
		return format("base.format.day", day, locale);
	}

	/** « lundi 7 décembre », "Monday, December 7": a day within a week already named. */
	public static String weekday(TemporalAccessor day, Locale locale) {
		return format("base.format.weekday", day, locale);
	}

	/** « novembre 2026 », "November 2026". */
	public static String month(TemporalAccessor month, Locale locale) {
		return format("base.format.month", month, locale);
	}

	private static String format(String key, TemporalAccessor day, Locale locale) {
		return DateTimeFormatter.ofPattern(Translations.translate(key, locale), locale).format(day);
	}

}
