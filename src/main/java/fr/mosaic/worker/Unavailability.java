package fr.mosaic.worker;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A period a worker cannot work (leave, illness, training), overriding the weekly pattern. Times are the group's
 * wall-clock times; an offset tells which occurrence of a time the clocks repeat is meant, none the first.
 */
@Embeddable
public record Unavailability(@Column(name = "start_at") LocalDateTime start, @Column(name = "end_at") LocalDateTime end,
		@Size(max = 255, message = "{worker.form.unavailability.reason.size}") @Nullable String reason,
		@Column(name = "start_offset") @Nullable ZoneOffset startOffset,
		@Column(name = "end_offset") @Nullable ZoneOffset endOffset) {

	/** A period between two wall-clock times, each its first occurrence. */
	public Unavailability(LocalDateTime start, LocalDateTime end, @Nullable String reason) {
		this(start, end, reason, null, null);
	}

	public boolean overlaps(LocalDateTime from, LocalDateTime to) {
		return start.isBefore(to) && end.isAfter(from);
	}

}
