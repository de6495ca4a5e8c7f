package fr.mosaic.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one place a key and its arguments become text in a locale: the screens (through Vaadin's provider), the planning
 * messages, the interchange errors, the API's errors and the command line. French first: the root bundle is French and
 * is what anyone not asking for English gets.
 */
public final class Translations {

	public static final String BUNDLE = "vaadin-i18n/translations";

	/** French first: the root bundle. */
	public static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

	private Translations() {
	}

	/**
	 * The key's text in the locale, or {@code !key} when the bundles lack it. As in Vaadin's own provider, a pattern is
	 * a {@link MessageFormat} when arguments are given; without them too when it holds a quoted apostrophe
	 * ({@code ''}), as texts that are sometimes formatted do, so that it never shows doubled.
	 */
	public static String translate(String key, Locale locale, Object... params) {
		var bundle = bundle(locale);
		try {
			var pattern = bundle.getString(key);
			return params.length == 0 && !pattern.contains("''")
					? pattern
					: new MessageFormat(pattern, locale).format(params);
		} catch (MissingResourceException ex) {
			return "!" + key;
		}
	}

	/** The bundle for the locale: English for English, French for every other language. */
	public static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BUNDLE,
				Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
