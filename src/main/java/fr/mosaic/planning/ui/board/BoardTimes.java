package fr.mosaic.planning.ui.board;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import fr.mosaic.base.Translations;
import fr.mosaic.planning.Durations;
import fr.mosaic.planning.ui.board.BoardModel.WorkerRow;

/**
 * How the board and its details say a shift's times (local wall-clock times, the end's day when it is another) and a
 * worker's hours against their contract.
 */
public final class BoardTimes {

	private BoardTimes() {
	}

	/**
	 * "33 h 30 sur 35 h au contrat", or "34 h 19 dont 49 min de trajet sur 35 h au contrat": the solver counts travel
	 * between sites as work toward the contract (travel is working time, Cass. soc. 5 Nov 2003), so the hours include
	 * it and say so: screens that count the shifts alone show less.
	 */
	public static String contract(WorkerRow row, Locale locale) {
		var worked = Durations.format(row.scheduledMinutes(), locale);
		var contract = Durations.format(row.contractMinutes(), locale);
		return row.travelMinutes() == 0
				? Translations.translate("planning.board.contract", locale, worked, contract)
				: Translations.translate("planning.board.contractWithTravel", locale, worked,
						Durations.format(row.travelMinutes(), locale), contract);
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
