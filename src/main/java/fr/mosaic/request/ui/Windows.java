package fr.mosaic.request.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.mosaic.base.ui.DayTime;
import fr.mosaic.request.RecurringWindow;
import fr.mosaic.request.Request;
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

	static String summary(List<DayTime> windows, Locale locale) {
		return windows.stream().map(w -> w.day().getDisplayName(TextStyle.SHORT, locale) + " " + w.hours())
				.collect(Collectors.joining(", "));
	}

}
