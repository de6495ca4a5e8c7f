package fr.mosaic.request;

import java.time.LocalDate;
import java.util.List;

/**
 * What adding a week's recurring requests did: how many requests it added, and the weekly windows it left out because
 * the clocks going forward that night leave them too short for one shift. A recurring request whose windows are all
 * left out adds no request.
 */
public record RecurringAddition(int added, List<LeftOutWindow> leftOut) {

	public RecurringAddition {
		leftOut = List.copyOf(leftOut);
	}

	/**
	 * A weekly window on a day of the week that holds fewer elapsed minutes than one shift.
	 *
	 * @param minutes the elapsed minutes the window holds that day: 0 when it lies in the hour the clocks skip
	 */
	public record LeftOutWindow(RecurringRequest recurring, LocalDate day, RecurringWindow window, long minutes) {
	}

}
