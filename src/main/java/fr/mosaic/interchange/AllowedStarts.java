package fr.mosaic.interchange;

import java.util.stream.IntStream;

/**
 * The starts a request's window allows, as {@code docs/spec/interchange.md} defines them: from the window's start, one
 * every {@code startStepMinutes}, up to the latest start, the window's end less the shift's duration. All in elapsed
 * minutes from any one origin, so that no start or end falls in an hour the clocks skip. The solver's model, the greedy
 * planner and the problem checker all ask here; the independent validator keeps its own reading on purpose.
 */
public final class AllowedStarts {

	private AllowedStarts() {
	}

	/** The allowed starts of one window, in time order. */
	public static IntStream inWindow(int windowStart, int windowEnd, int durationMinutes, int stepMinutes) {
		return IntStream.iterate(windowStart, start -> start <= windowEnd - durationMinutes,
				start -> start + Math.max(1, stepMinutes));
	}

	/** Whether {@code start} is one of {@link #inWindow}'s starts. */
	public static boolean allows(long windowStart, long windowEnd, int durationMinutes, int stepMinutes, long start) {
		return start >= windowStart && start <= windowEnd - durationMinutes
				&& (start - windowStart) % Math.max(1, stepMinutes) == 0;
	}

}
