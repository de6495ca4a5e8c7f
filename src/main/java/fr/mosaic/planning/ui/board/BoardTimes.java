package fr.mosaic.planning.ui.board;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the board and its details say a shift's times: local wall-clock times, the end's day when it is another. */
public final class BoardTimes {

	private BoardTimes() {
	}

	/** "lun. 08:00 – 12:00", with the end's day too when it falls on another. */
	public static String window(LocalDateTime start, LocalDateTime end, Locale locale) {
		return DateTimeFormatter.ofPattern("EEE", locale).format(start) + " " + times(start, end, locale);
	}

	/** "08:00 – 12:00", with the end's day when it falls on another: a block's day is its column. */
	static String times(LocalDateTime start, LocalDateTime end, Locale locale) {
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		var from = time.format(start);
		var to = start.toLocalDate().equals(end.toLocalDate())
				? time.format(end)
				: DateTimeFormatter.ofPattern("EEE", locale).format(end) + " " + time.format(end);
		return from + " – " + to;
	}

}
