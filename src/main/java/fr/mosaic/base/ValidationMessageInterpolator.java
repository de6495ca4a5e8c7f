package fr.mosaic.base;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Resolves Bean Validation {@code {key}} messages from the bundles of {@link Translations}. Java's usual bundle lookup
 * falls back to the JVM's default locale, which on an English machine would answer French users in English; here
 * anything but English gets the French root bundle, as the screens do.
 */
public class ValidationMessageInterpolator extends ResourceBundleMessageInterpolator {

	public ValidationMessageInterpolator() {
		super(Translations::bundle);
	}

}
