package fr.mosaic.planning.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import fr.mosaic.base.LabourLaw;
import fr.mosaic.base.Translations;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.solver.justification.PlanningJustification;

/**
 * Puts a rule's justification into words: the pattern {@code planning.justification.<rule>} receives the record's
 * components in order from {@code {0}}, with worker and member ids replaced by names and day numbers by weekday names,
 * then the legal figures of {@link LabourLaw#messageArguments()} from {@code {10}}.
 */
final class PenaltyText {

	/** Where the legal figures start among a pattern's arguments: after every record's components. */
	static final int LEGAL_FIGURES = 10;

	private final Map<String, String> names;

	private final Locale locale;

	PenaltyText(ProblemDocument problem, Locale locale) {
		this.names = new HashMap<>();
		problem.workers().forEach(w -> names.put("worker:" + w.id(), w.name()));
		problem.members().forEach(m -> names.put("member:" + m.id(), m.name()));
		this.locale = locale;
	}

	String render(String rule, PlanningJustification justification) {
		var components = justification.getClass().getRecordComponents();
		if (components.length > LEGAL_FIGURES) {
			throw new IllegalStateException(rule + "'s justification has more components than fit before the figures");
		}
		var figures = LabourLaw.messageArguments();
		var args = new Object[LEGAL_FIGURES + figures.length];
		System.arraycopy(figures, 0, args, LEGAL_FIGURES, figures.length);
		for (var i = 0; i < components.length; i++) {
			try {
				args[i] = word(components[i].getName(), components[i].getAccessor().invoke(justification));
			} catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return Translations.translate("planning.justification." + rule, locale, args);
	}

	private Object word(String component, Object value) {
		return switch (component) {
			case "workerId" -> name("worker:", value);
			case "memberId" -> name("member:", value);
			case "workerIds" -> joined((Collection<?>) value, id -> name("worker:", id));
			case "day" -> DayOfWeek.of(((Integer) value) + 1).getDisplayName(TextStyle.FULL, locale);
			case "uncoveredMinutesByMember" -> ((Map<?, ?>) value).entrySet().stream()
					.map(e -> name("member:", e.getKey()) + " " + e.getValue() + " min")
					.collect(Collectors.joining(", "));
			default -> value instanceof Collection<?> list ? joined(list, UnaryOperator.identity()) : value;
		};
	}

	private String name(String kind, Object id) {
		return names.getOrDefault(kind + id, String.valueOf(id));
	}

	private static String joined(Collection<?> values, Function<Object, Object> each) {
		return values.stream().map(each).map(String::valueOf).collect(Collectors.joining(", "));
	}

}
