package fr.mosaic.planning.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import fr.mosaic.base.LabourLaw;
import fr.mosaic.base.Translations;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.Durations;
import fr.mosaic.planning.PlanNames;
import fr.mosaic.planning.PlanSummary;
import fr.mosaic.planning.PlanningMessage;
import fr.mosaic.planning.solver.justification.PlanningJustification;
import fr.mosaic.planning.solver.justification.UncoveredMinutesJustification;

/**
 * Puts a rule's justification into words: the pattern {@code planning.justification.<rule>} receives the record's
 * components in order from {@code {0}}, with ids replaced by names (a request or shift by "member — skill"), day
 * numbers by weekday names and minutes by {@link Durations}, then the legal figures of
 * {@link LabourLaw#messageArguments()} from {@code {10}}.
 */
final class PenaltyText {

	/** Where the legal figures start among a pattern's arguments: after every record's components. */
	static final int LEGAL_FIGURES = 10;

	private final PlanNames names;

	private final Locale locale;

	PenaltyText(ProblemDocument problem, Locale locale) {
		this.names = PlanNames.of(problem);
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
		// an uncovered shift's minutes are weighted by its request's priority: say the minutes themselves
		if (justification instanceof UncoveredMinutesJustification uncovered) {
			args[3] = duration(PlanSummary.uncoveredMinutes(uncovered));
		}
		return Translations.translate("planning.justification." + rule, locale, args);
	}

	/** A rule's name; the legal rules' names state their figures. */
	static String ruleName(String rule, Locale locale) {
		return PlanningMessage.rule(rule).render(locale);
	}

	/** What breaking a rule costs, by the level its weight is on: a legal rule, coverage or a preference. */
	static String level(HardMediumSoftLongScore weight, Locale locale) {
		var level = weight.hardScore() != 0 ? "hard" : weight.mediumScore() != 0 ? "medium" : "soft";
		return Translations.translate("planning.view.level." + level, locale);
	}

	private Object word(String component, Object value) {
		return switch (component) {
			case "workerId" -> names.worker((String) value);
			case "memberId" -> names.member((String) value);
			case "siteId" -> names.site((String) value);
			case "requestId" -> names.request((String) value);
			case "shiftId" -> names.shift((String) value);
			case "skill" -> names.skill((String) value);
			case "workerIds" -> joined((Collection<?>) value, id -> names.worker((String) id));
			case "shiftIds" -> joined((Collection<?>) value, id -> names.shift((String) id));
			case "day" -> DayOfWeek.of(((Integer) value) + 1).getDisplayName(TextStyle.FULL, locale);
			case "minutes", "workMinutes", "contractMinutes", "limitMinutes" -> duration((Long) value);
			case "uncoveredMinutesByMember" -> ((Map<?, ?>) value).entrySet().stream()
					.map(e -> names.member((String) e.getKey()) + " " + duration((Long) e.getValue()))
					.collect(Collectors.joining(", "));
			default -> value;
		};
	}

	private String duration(long minutes) {
		return Durations.format(minutes, locale);
	}

	private static String joined(Collection<?> values, Function<Object, String> each) {
		return values.stream().map(each).distinct().collect(Collectors.joining(", "));
	}

}
