package fr.mosaic.base.ui;

import java.util.Locale;
import java.util.ResourceBundle;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Resolves Bean Validation {@code {key}} messages from the vaadin-i18n bundles. Java's usual bundle lookup falls back
 * to the JVM's default locale, which on an English machine would answer French users in English; here anything but
 * English gets the French root bundle, as the screens do.
 */
public class ValidationMessageInterpolator extends ResourceBundleMessageInterpolator {

	public ValidationMessageInterpolator() {
		super(ValidationMessageInterpolator::bundle);
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(MosaicI18NProvider.BUNDLE,
				Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
