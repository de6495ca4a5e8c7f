package fr.mosaic.planning;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import fr.mosaic.base.LabourLaw;
import fr.mosaic.base.Translations;

/**
 * A text for a coordinator as an i18n key of {@code vaadin-i18n/translations*.properties} plus its arguments. An
 * argument that is a message is rendered first, a list of messages is rendered and joined, a {@link Duration} is put
 * into words by {@link Durations}; the text itself is translated by {@link Translations}, as every other.
 */
public record PlanningMessage(String key, List<Object> args) {

	public PlanningMessage {
		args = List.copyOf(args);
	}

	public static PlanningMessage of(String key, Object... args) {
		return new PlanningMessage(key, List.of(args));
	}

	/** A rule's name, from its constraint name; the legal rules' names state their figures. */
	public static PlanningMessage rule(String rule) {
		return new PlanningMessage("planning.rule." + rule, List.of(LabourLaw.messageArguments()));
	}

	/** The message in {@code locale}; {@link Locale#ROOT} or French gives French. */
	public String render(Locale locale) {
		return Translations.translate(key, locale, args.stream().map(arg -> renderArgument(arg, locale)).toArray());
	}

	private static Object renderArgument(Object arg, Locale locale) {
		if (arg instanceof PlanningMessage message) {
			return message.render(locale);
		}
		if (arg instanceof Duration duration) {
			return Durations.format(duration.toMinutes(), locale);
		}
		if (arg instanceof List<?> list) {
			return String.join("; ", list.stream().map(item -> String.valueOf(renderArgument(item, locale))).toList());
		}
		return arg;
	}

}
