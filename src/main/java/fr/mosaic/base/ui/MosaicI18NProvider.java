package fr.mosaic.base.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import fr.mosaic.base.Translations;

/**
 * The screens' translations, from {@link Translations}. Vaadin picks the first provided locale when the browser's is
 * not provided, hence French first.
 */
@Component
public class MosaicI18NProvider implements I18NProvider {

	@Override
	public List<Locale> getProvidedLocales() {
		return Translations.LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		return Translations.translate(key, locale, params);
	}

}
