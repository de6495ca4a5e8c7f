package fr.mosaic.statement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import fr.mosaic.base.ui.WeekField;
import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestWindow;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.worker.Worker;

/** Requests of one shift and their shifts as a plan stores them, for the tests of what was published. */
public final class StatementFixtures {

	private StatementFixtures() {
	}

	public static LocalDate monday(LocalDate day) {
		return WeekField.mondayOf(day);
	}

	/**
	 * The request made one shift of {@code minutes} elapsed minutes from {@code start}, in a window that holds it by
	 * the wall clock as by elapsed time.
	 */
	public static Request request(Request request, LocalDateTime start, int minutes) {
		request.setDurationMinutes(minutes);
		var wallEnd = start.plusMinutes(minutes);
		var elapsedEnd = end(start, minutes);
		request.setWindows(List.of(new RequestWindow(start, wallEnd.isAfter(elapsedEnd) ? wallEnd : elapsedEnd)));
		return request;
	}

	/** The request's one shift at the start of its window, given to the worker. */
	public static PlannedShift shift(Request request, Worker worker) {
		var start = request.getWindows().getFirst().start();
		return new PlannedShift(request, 0, worker, start, null, end(start, request.getDurationMinutes()), null, false,
				null);
	}

	/** The wall-clock time {@code minutes} elapsed minutes after {@code start}, in Paris. */
	private static LocalDateTime end(LocalDateTime start, int minutes) {
		return ZonedDateTime.ofLocal(start, ClockChangeWeeks.PARIS, null).plusMinutes(minutes).toLocalDateTime();
	}

}
