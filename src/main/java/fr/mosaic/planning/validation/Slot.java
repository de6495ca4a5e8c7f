package fr.mosaic.planning.validation;

import java.util.Comparator;

import fr.mosaic.interchange.ProblemDocument.Request;

/**
 * One covered shift in minutes from the start of the week, with its site's number in {@link TravelMatrix}. Integer
 * minutes keep the per-worker checks cheap enough to run millions of times in a planner.
 */
public record Slot(Request request, int index, int start, int end, int site) {

	/** Time order: by start, then by end. */
	public static final Comparator<Slot> BY_TIME = Comparator.comparingInt(Slot::start).thenComparingInt(Slot::end);

	public int minutes() {
		return end - start;
	}

}
