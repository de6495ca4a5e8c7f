package fr.mosaic.request;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A time window a request's shifts may fall in; a fixed slot is a window exactly one shift long. */
@Embeddable
public record RequestWindow(@Column(name = "start_at") LocalDateTime start, @Column(name = "end_at") LocalDateTime end) {
}
