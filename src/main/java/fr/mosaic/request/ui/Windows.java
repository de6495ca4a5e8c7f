package fr.mosaic.request.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.request.RecurringWindow;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestTerms;
import fr.mosaic.request.RequestWindow;

/**
 * Windows as the rows edit them and as the grid summarises them ("mar. 08:00–12:00, ven. 20:00–24:00"). A window ending
 * at the next midnight is its start day's row up to 24:00.
 */
final class Windows {

	private Windows() {
	}

	static DayTime of(RequestWindow window) {
		return new DayTime(window.start().getDayOfWeek(), window.start().toLocalTime(), window.end().toLocalTime());
	}

	/** The window of a row in the week starting {@code monday}; a row up to 24:00 ends at the next midnight. */
	static RequestWindow of(DayTime row, LocalDate monday) {
		var day = monday.with(row.day());
		var end = row.endsAtMidnight() ? day.plusDays(1).atStartOfDay() : day.atTime(row.to());
		return new RequestWindow(day.atTime(row.from()), end);
	}

	/** A one-off request's windows as rows. */
	static List<DayTime> of(Request request) {
		return request.getWindows().stream().map(Windows::of).toList();
	}

	static DayTime of(RecurringWindow window) {
		return new DayTime(window.day(), window.from(), window.to());
	}

	/**
	 * The form's side of the entities' {@code windowsValid} rule, naming each window too short for a block, one a line:
	 * « La plage du mardi 08:00–09:00 dure 60 min, moins qu'un créneau de 180 min », in minutes as the block's length
	 * field.
	 *
	 * @param rows the form's complete rows
	 */
	static <T extends RequestTerms> Validator<T> holdABlock(Supplier<List<DayTime>> rows) {
		return (terms, context) -> {
			var locale = context.getLocale().orElse(Locale.FRENCH);
			var block = terms.getDurationMinutes();
			var tooShort = rows.get().stream().filter(row -> minutes(row) < block)
					.map(row -> Translations.translate("request.form.windows.tooShort", locale,
							row.day().getDisplayName(TextStyle.FULL, locale), row.hours(), minutes(row), block))
					.collect(Collectors.joining("\n"));
			return tooShort.isEmpty() ? ValidationResult.ok() : ValidationResult.error(tooShort);
		};
	}

	/** A row's wall-clock length in minutes, up to 24:00. */
	private static int minutes(DayTime row) {
		var end = row.endsAtMidnight() ? 24 * 60 : row.to().toSecondOfDay() / 60;
		return end - row.from().toSecondOfDay() / 60;
	}

	static String summary(List<DayTime> windows, Locale locale) {
		return windows.stream().map(w -> w.day().getDisplayName(TextStyle.SHORT, locale) + " " + w.hours())
				.collect(Collectors.joining(", "));
	}

}
