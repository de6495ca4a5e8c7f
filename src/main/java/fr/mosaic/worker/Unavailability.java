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
 *
 * @param declaredAt when the worker declared it from their own screen (group's wall clock); null when the coordinator
 *        entered it or a problem file brought it
 */
@Embeddable
public record Unavailability(@Column(name = "start_at") LocalDateTime start, @Column(name = "end_at") LocalDateTime end,
		@Size(max = 255, message = "{worker.form.unavailability.reason.size}") @Nullable String reason,
		@Column(name = "start_offset") @Nullable ZoneOffset startOffset,
		@Column(name = "end_offset") @Nullable ZoneOffset endOffset,
		@Column(name = "declared_at") @Nullable LocalDateTime declaredAt) {

	/** A period the coordinator entered or a file brought, the times the clocks repeat told by their offsets. */
	public Unavailability(LocalDateTime start, LocalDateTime end, @Nullable String reason,
			@Nullable ZoneOffset startOffset, @Nullable ZoneOffset endOffset) {
		this(start, end, reason, startOffset, endOffset, null);
	}

	/** A period between two wall-clock times, each its first occurrence. */
	public Unavailability(LocalDateTime start, LocalDateTime end, @Nullable String reason) {
		this(start, end, reason, null, null);
	}

	/** Whether the worker declared it themselves. */
	public boolean declaredByWorker() {
		return declaredAt != null;
	}

	/** The same period as a problem file tells it: who declared it is the register's, not the file's. */
	public Unavailability withoutDeclaration() {
		return new Unavailability(start, end, reason, startOffset, endOffset);
	}

	public boolean overlaps(LocalDateTime from, LocalDateTime to) {
		return start.isBefore(to) && end.isAfter(from);
	}

}
