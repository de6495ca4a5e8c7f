package fr.mosaic.planning;

import java.util.Locale;

import fr.mosaic.base.Translations;

/**
 * The one place a planning text turns a number of minutes into words a person reads: "45 min", "7 h", "31 h 11" in
 * French, "45 min", "7 h", "31 h 11 min" in English; none is "0 h".
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * @param minutes elapsed minutes, zero or more
	 * @throws IllegalArgumentException when {@code minutes} is negative: a planning text says "not covered" or "below
	 *         contract", never a negative duration
	 */
	public static String format(long minutes, Locale locale) {
		if (minutes < 0) {
			throw new IllegalArgumentException("a duration of " + minutes + " minutes");
		}
		var hours = minutes / 60;
		var rest = minutes % 60;
		// "0 h covered of 11 h requested" reads as hours beside hours; "0 min" does not
		if (hours == 0 && rest > 0) {
			return Translations.translate("planning.duration.minutes", locale, rest);
		}
		if (rest == 0) {
			return Translations.translate("planning.duration.hours", locale, hours);
		}
		return Translations.translate("planning.duration.hoursMinutes", locale, hours, rest);
	}

}
