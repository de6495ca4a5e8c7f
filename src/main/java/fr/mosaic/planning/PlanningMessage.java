package fr.mosaic.planning;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text for a coordinator as an i18n key of {@code vaadin-i18n/translations*.properties} plus its arguments. An
 * argument that is a message is rendered first, a list of messages is rendered and joined. French is the root bundle.
 */
public record PlanningMessage(String key, List<Object> args) {

	static final String BUNDLE = "vaadin-i18n/translations";

	// No fallback to the JVM's default locale: French must come from the root bundle even on an English machine.
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	public PlanningMessage {
		args = List.copyOf(args);
	}

	public static PlanningMessage of(String key, Object... args) {
		return new PlanningMessage(key, List.of(args));
	}

	/** The message in {@code locale}; {@link Locale#ROOT} or French gives French. */
	public String render(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
		Object[] rendered = args.stream().map(arg -> renderArgument(arg, locale)).toArray();
		return new MessageFormat(bundle.getString(key), locale).format(rendered);
	}

	private static Object renderArgument(Object arg, Locale locale) {
		if (arg instanceof PlanningMessage message) {
			return message.render(locale);
		}
		if (arg instanceof List<?> list) {
			return String.join("; ", list.stream().map(item -> String.valueOf(renderArgument(item, locale))).toList());
		}
		return arg;
	}

}
