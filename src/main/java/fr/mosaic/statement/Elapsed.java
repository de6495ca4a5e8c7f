package fr.mosaic.statement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import fr.mosaic.weekplan.PlannedShift;

/**
 * The moments a covered shift starts and ends in the group's zone: its stored wall-clock start, with the offset of a
 * time the clocks repeat, and its request's duration in elapsed minutes after it.
 */
final class Elapsed {

	private Elapsed() {
	}

	static Instant start(PlannedShift shift, ZoneId zone) {
		return ZonedDateTime.ofLocal(Objects.requireNonNull(shift.getStart()), zone, shift.getStartOffset())
				.toInstant();
	}

	static Instant end(PlannedShift shift, ZoneId zone) {
		return start(shift, zone).plus(Duration.ofMinutes(shift.getRequest().getDurationMinutes()));
	}

	static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
