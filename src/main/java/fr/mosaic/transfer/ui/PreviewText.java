package fr.mosaic.transfer.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.transfer.ImportPreview;
import fr.mosaic.transfer.ImportPreview.Field;
import fr.mosaic.transfer.ImportPreview.RegisterChange;

/**
 * What a problem file changes in the register, in words, to read before confirming its import: how many entries it adds
 * and changes, then the first of them one a line, those used in a published week first, with their warning.
 */
final class PreviewText {

	/** Lines of changes shown; the others are counted. */
	static final int LINES = 12;

	private PreviewText() {
	}

	/** Empty when the file changes nothing in the register. */
	static String of(ImportPreview preview, Locale locale) {
		if (preview.changes().isEmpty()) {
			return "";
		}
		var lines = new ArrayList<String>();
		lines.add(Translations.translate("interchange.preview.summary", locale, preview.added(), preview.changed()));
		var changes = preview.changes().stream()
				.sorted(Comparator.comparing(change -> change.publishedWeeks().isEmpty())).toList();
		changes.stream().limit(LINES).map(change -> "· " + line(change, locale)).forEach(lines::add);
		if (changes.size() > LINES) {
			lines.add(Translations.translate("interchange.preview.more", locale, changes.size() - LINES));
		}
		return String.join("\n", lines);
	}

	private static String line(RegisterChange change, Locale locale) {
		var member = change.member() == null ? "" : change.member();
		if (change.added()) {
			return Translations.translate("interchange.preview.added." + change.entry(), locale, change.name(), member);
		}
		var fields = change.fields().stream()
				.map(field -> field == Field.NAME
						? Translations.translate("interchange.preview.field.NAME", locale, change.previousName())
						: Translations.translate("interchange.preview.field." + field, locale))
				.collect(Collectors.joining(", "));
		var line = Translations.translate("interchange.preview.changed." + change.entry(), locale, change.name(),
				member, fields);
		if (change.publishedWeeks().isEmpty()) {
			return line;
		}
		var weeks = change.publishedWeeks().stream().map(week -> DateText.day(week, locale))
				.collect(Collectors.joining(", "));
		return Translations.translate("interchange.preview.usedInPublished", locale, line, weeks,
				change.publishedWeeks().size());
	}

}
