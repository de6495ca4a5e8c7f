package fr.mosaic.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * French first: the root bundle is French and is what any browser not asking for English gets. Vaadin picks the first
 * provided locale when the browser's is not provided, hence the order.
 */
@Component
public class MosaicI18NProvider implements I18NProvider {

	public static final String BUNDLE = "vaadin-i18n/translations";

	/** French first: the root bundle. */
	public static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		return translate(key, locale, params);
	}

	/**
	 * The one place a key and its arguments become text in a locale: the screens through Vaadin, and outside a UI the
	 * planning messages, the interchange errors, the API's errors and the command line. As in Vaadin's own provider, a
	 * pattern is a {@link MessageFormat} only when arguments are given.
	 */
	public static String translate(String key, Locale locale, Object... params) {
		var bundle = ResourceBundle.getBundle(BUNDLE,
				Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		try {
			var pattern = bundle.getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
		} catch (MissingResourceException ex) {
			return "!" + key;
		}
	}

}
