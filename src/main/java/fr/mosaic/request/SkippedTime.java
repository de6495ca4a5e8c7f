package fr.mosaic.request;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A bound of a one-off request's window at a local time that does not exist in the group's zone, the hour the clocks
 * skip when they go forward ({@code docs/spec/interchange.md}, "Time"): no shift can start or end then.
 *
 * @param field where it is in the request: {@code windows[0].start}
 */
public record SkippedTime(String field, LocalDateTime time) {

	/** The first bound, window by window and start before end, that the clocks of {@code zone} skip; empty if none. */
	public static Optional<SkippedTime> first(List<RequestWindow> windows, ZoneId zone) {
		for (int i = 0; i < windows.size(); i++) {
			var window = windows.get(i);
			if (ClockChanges.skipped(window.start(), zone)) {
				return Optional.of(new SkippedTime("windows[" + i + "].start", window.start()));
			}
			if (ClockChanges.skipped(window.end(), zone)) {
				return Optional.of(new SkippedTime("windows[" + i + "].end", window.end()));
			}
		}
		return Optional.empty();
	}

}
