package fr.mosaic.request;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.BaseEntity;
import fr.mosaic.member.Member;

/**
 * What a member asks the coordinator to change in a published week: a request changed or withdrawn, or a new need. The
 * member's words, and optionally the terms it proposes as it wrote them on its form; the coordinator makes the change
 * (or not) and marks the ask handled. Made by {@link RequestService#askChange}.
 */
@Entity
@Table(name = "change_request")
public class ChangeRequest extends BaseEntity {

	/** Characters of the member's words. */
	public static final int MAX_MESSAGE = 1000;

	/** Characters of the proposed terms. */
	public static final int MAX_PROPOSAL = 2000;

	/** Open until the coordinator has dealt with it. */
	public enum Status {
		OPEN, HANDLED
	}

	@ManyToOne(optional = false)
	@JoinColumn(name = "member_id")
	private Member member;

	private LocalDate weekStart;

	// the database forgets the id when the request is deleted; the code stays to name it
	private @Nullable Long requestId;

	@Size(max = 64)
	private @Nullable String requestCode;

	@NotBlank(message = "{request.change.message.required}")
	@Size(max = MAX_MESSAGE, message = "{request.change.message.size}")
	private String message;

	@Size(max = MAX_PROPOSAL, message = "{request.change.proposal.size}")
	private @Nullable String proposal;

	@Enumerated(EnumType.STRING)
	private Status status = Status.OPEN;

	@NotBlank
	@Size(max = 100)
	private String askedBy;

	private LocalDateTime askedAt;

	@Size(max = 100)
	private @Nullable String handledBy;

	private @Nullable LocalDateTime handledAt;

	protected ChangeRequest() {
		// for JPA
		this.member = new Member();
		this.weekStart = LocalDate.MIN;
		this.message = "";
		this.askedBy = "";
		this.askedAt = LocalDateTime.MIN;
	}

	ChangeRequest(Member member, LocalDate weekStart, @Nullable Request request, String message,
			@Nullable String proposal, String askedBy, LocalDateTime askedAt) {
		this.member = member;
		this.weekStart = weekStart;
		this.requestId = request == null ? null : request.getId();
		this.requestCode = request == null ? null : request.getCode();
		this.message = message;
		this.proposal = proposal;
		this.askedBy = askedBy;
		this.askedAt = askedAt;
	}

	void handled(String by, LocalDateTime at) {
		status = Status.HANDLED;
		handledBy = by;
		handledAt = at;
	}

	public Member getMember() {
		return member;
	}

	/** The member employer's name, for the coordinator's list. */
	public String memberName() {
		return member.getName();
	}

	public LocalDate getWeekStart() {
		return weekStart;
	}

	/** The request asked about; empty for a new need, or once the request was deleted. */
	public @Nullable Long getRequestId() {
		return requestId;
	}

	/** The code of the request asked about; null for a new need. */
	public @Nullable String getRequestCode() {
		return requestCode;
	}

	public String getMessage() {
		return message;
	}

	/** The terms the member proposes, as its form summarised them; null when it proposes none. */
	public @Nullable String getProposal() {
		return proposal;
	}

	public Status getStatus() {
		return status;
	}

	/** The login that asked. */
	public String getAskedBy() {
		return askedBy;
	}

	/** When, on the group's wall clock. */
	public LocalDateTime getAskedAt() {
		return askedAt;
	}

	public @Nullable String getHandledBy() {
		return handledBy;
	}

	public @Nullable LocalDateTime getHandledAt() {
		return handledAt;
	}

}
