package fr.mosaic.request;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Wall-clock times of the group against its zone's clock changes ({@code docs/spec/interchange.md}, "Time: elapsed
 * minutes, clock changes, midnight"): the hour skipped when the clocks go forward has no time in it, and lengths are
 * elapsed minutes.
 */
final class ClockChanges {

	private ClockChanges() {
	}

	/** Whether the clocks skip the time: it falls in the hour they go forward (2026-03-29T02:30 in Paris). */
	static boolean skipped(LocalDateTime time, ZoneId zone) {
		return zone.getRules().getValidOffsets(time).isEmpty();
	}

	/**
	 * The time itself, or, for one the clocks skip, the moment they jump to: 2026-03-29T02:30 becomes 03:00 in Paris.
	 */
	static LocalDateTime orJump(LocalDateTime time, ZoneId zone) {
		return skipped(time, zone) ? zone.getRules().getTransition(time).getDateTimeAfter() : time;
	}

	/** Elapsed minutes from one existing time to another, each its first occurrence when the clocks repeat it. */
	static long elapsedMinutes(LocalDateTime from, LocalDateTime to, ZoneId zone) {
		return Duration.between(ZonedDateTime.ofLocal(from, zone, null), ZonedDateTime.ofLocal(to, zone, null))
				.toMinutes();
	}

}
