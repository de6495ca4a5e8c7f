package fr.mosaic.worker;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A period a worker cannot work (leave, illness, training), overriding the weekly pattern. */
@Embeddable
public record Unavailability(@Column(name = "start_at") LocalDateTime start, @Column(name = "end_at") LocalDateTime end,
		@Size(max = 255, message = "{worker.form.unavailability.reason.size}") @Nullable String reason) {

	public boolean overlaps(LocalDateTime from, LocalDateTime to) {
		return start.isBefore(to) && end.isAfter(from);
	}

}
