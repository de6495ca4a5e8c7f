package fr.mosaic.request.ui;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.mosaic.base.ui.DayTime;
import fr.mosaic.request.RecurringWindow;
import fr.mosaic.request.RequestWindow;

/** Windows as the rows edit them and as the grid summarises them ("mar. 08:00–12:00, jeu. 14:00–18:00"). */
final class Windows {

	private Windows() {
	}

	static DayTime of(RequestWindow window) {
		return new DayTime(window.start().getDayOfWeek(), window.start().toLocalTime(), window.end().toLocalTime());
	}

	static DayTime of(RecurringWindow window) {
		return new DayTime(window.day(), window.from(), window.to());
	}

	static String summary(List<DayTime> windows, Locale locale) {
		return windows.stream()
			.map(w -> w.day().getDisplayName(TextStyle.SHORT, locale) + " " + w.from() + "–" + w.to())
			.collect(Collectors.joining(", "));
	}

}
