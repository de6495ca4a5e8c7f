package fr.mosaic.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.BaseEntity;

/**
 * One e-mail in the outbox: PENDING until it is sent, or until its last attempt failed (FAILED, kept with its error).
 * Times are instants by the application's clock.
 */
@Entity
@Table(name = "notice")
class Notice extends BaseEntity {

	/** Longest error kept, in characters. */
	static final int MAX_ERROR_LENGTH = 1000;

	enum State {
		PENDING, SENT, FAILED
	}

	private LocalDate weekStart;

	@NotBlank
	@Size(max = 254)
	private String recipient;

	@NotBlank
	@Size(max = 255)
	private String subject;

	@NotBlank
	@Size(max = 65535)
	@Column(length = 65535)
	private String body;

	@Enumerated(EnumType.STRING)
	private State state = State.PENDING;

	private Instant createdAt;

	private int attempts;

	// null once sent or given up
	private @Nullable Instant nextAttemptAt;

	private @Nullable Instant sentAt;

	@Size(max = MAX_ERROR_LENGTH)
	private @Nullable String lastError;

	protected Notice() {
		this(LocalDate.EPOCH, "", "", "", Instant.EPOCH);
	}

	/** A notice to send now. */
	Notice(LocalDate weekStart, String recipient, String subject, String body, Instant now) {
		this.weekStart = weekStart;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	LocalDate getWeekStart() {
		return weekStart;
	}

	String getRecipient() {
		return recipient;
	}

	String getSubject() {
		return subject;
	}

	String getBody() {
		return body;
	}

	State getState() {
		return state;
	}

	int getAttempts() {
		return attempts;
	}

	@Nullable
	Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	@Nullable
	String getLastError() {
		return lastError;
	}

	void sent(Instant now) {
		attempts++;
		state = State.SENT;
		sentAt = now;
		nextAttemptAt = null;
	}

	/**
	 * A FAILED notice pending again, due now, with a fresh series of attempts: the coordinator asks after correcting
	 * what failed (the mail server, the address), so the earlier failures say nothing of the next attempts.
	 */
	void retry(Instant now) {
		state = State.PENDING;
		attempts = 0;
		nextAttemptAt = now;
	}

	/**
	 * A failed attempt: the next one waits {@code firstRetry} doubled at each failure, until {@code maxAttempts} have
	 * failed, after which the notice is FAILED.
	 */
	void failed(String error, Instant now, int maxAttempts, Duration firstRetry) {
		attempts++;
		lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
		if (attempts >= maxAttempts) {
			state = State.FAILED;
			nextAttemptAt = null;
		} else {
			nextAttemptAt = now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 30)));
		}
	}

}
