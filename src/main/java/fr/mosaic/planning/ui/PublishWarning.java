package fr.mosaic.planning.ui;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.mosaic.base.Translations;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.planning.Durations;
import fr.mosaic.planning.PlanNames;
import fr.mosaic.planning.PlanningService.WeekReview;

/**
 * What publishing a week leaves uncovered, said before it is published: « 2 missions resteront non couvertes (7 h) :
 * Mairie de Saint-Clair — Espaces verts (7 h) ; … », or that every requested hour is covered.
 */
final class PublishWarning {

	private PublishWarning() {
	}

	static String of(WeekReview review, Locale locale) {
		var names = PlanNames.of(review.problem());
		var durations = review.problem().requests().stream()
				.collect(Collectors.toMap(ProblemDocument.Request::id, ProblemDocument.Request::durationMinutes));
		var uncovered = review.plan().shifts().stream().filter(shift -> !shift.covered()).toList();
		if (uncovered.isEmpty()) {
			return Translations.translate("planning.view.publishCovered", locale);
		}
		Function<PlanDocument.Shift, Integer> minutes = shift -> durations.getOrDefault(shift.request(), 0);
		var total = uncovered.stream().mapToLong(minutes::apply).sum();
		var list = uncovered.stream()
				.map(shift -> Translations.translate("planning.view.uncoveredShift", locale,
						names.shift(new ShiftKey(shift.request(), shift.index()).toString()),
						Durations.format(minutes.apply(shift), locale)))
				.collect(Collectors.joining("\n"));
		return Translations.translate("planning.view.publishUncovered", locale, uncovered.size(),
				Durations.format(total, locale)) + "\n" + list;
	}

}
