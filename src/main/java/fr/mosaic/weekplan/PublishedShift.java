package fr.mosaic.weekplan;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.mosaic.request.Request;
import fr.mosaic.worker.Worker;

/**
 * A shift as its week was published, kept while the week is reopened for correction: discarding the corrections brings
 * it back as it was, end, pin and reason included.
 */
@Embeddable
class PublishedShift {

	@ManyToOne(optional = false)
	@JoinColumn(name = "request_id")
	private Request request;

	@Column(name = "shift_index")
	private int index;

	@ManyToOne
	@JoinColumn(name = "worker_id")
	private @Nullable Worker worker;

	@Column(name = "start_at")
	private @Nullable LocalDateTime start;

	@Column(name = "start_offset")
	private @Nullable ZoneOffset startOffset;

	@Column(name = "end_at")
	private @Nullable LocalDateTime end;

	@Column(name = "end_offset")
	private @Nullable ZoneOffset endOffset;

	private boolean pinned;

	@Size(max = 4000, message = "{weekplan.shift.reason.size}")
	private @Nullable String reason;

	protected PublishedShift() {
		this.request = new Request();
	}

	PublishedShift(PlannedShift shift) {
		this.request = shift.getRequest();
		this.index = shift.getIndex();
		this.worker = shift.getWorker();
		this.start = shift.getStart();
		this.startOffset = shift.getStartOffset();
		this.end = shift.getEnd();
		this.endOffset = shift.getEndOffset();
		this.pinned = shift.isPinned();
		this.reason = shift.getReason();
	}

	/** The shift as it was published, as a new shift of the plan. */
	PlannedShift restore() {
		return new PlannedShift(request, index, worker, start, startOffset, end, endOffset, pinned, reason);
	}

}
