package fr.mosaic.request;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A time window a request's shifts may fall in; a fixed slot is a window exactly one shift long. Times are the group's
 * wall-clock times; an offset tells which occurrence of a time the clocks repeat is meant, none the first.
 */
@Embeddable
public record RequestWindow(@Column(name = "start_at") LocalDateTime start, @Column(name = "end_at") LocalDateTime end,
		@Column(name = "start_offset") @Nullable ZoneOffset startOffset,
		@Column(name = "end_offset") @Nullable ZoneOffset endOffset) {

	/** A window between two wall-clock times, each its first occurrence. */
	public RequestWindow(LocalDateTime start, LocalDateTime end) {
		this(start, end, null, null);
	}

}
