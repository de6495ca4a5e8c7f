package fr.mosaic.portal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A worker's private calendar feed: the hash of the secret token in its address, and when it was made. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

	@Id
	@Column(name = "worker_id")
	private long workerId;

	@NotBlank
	@Size(max = 64)
	private String tokenHash;

	private Instant createdAt;

	protected CalendarFeed() {
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
	}

	CalendarFeed(long workerId, String tokenHash, Instant createdAt) {
		this.workerId = workerId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	long getWorkerId() {
		return workerId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
