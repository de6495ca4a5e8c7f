package fr.mosaic.weekplan;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.mosaic.request.Request;
import fr.mosaic.worker.Worker;

/** One block of a request in a week plan: its worker and start, or none with the reason it is uncovered. */
@Entity
@Table(name = "planned_shift")
public class PlannedShift {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "week_plan_id")
	private @Nullable WeekPlan weekPlan;

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

	@Column(name = "end_at")
	private @Nullable LocalDateTime end;

	// The offset of a time the clocks repeat, telling its two occurrences apart; null for the first or only one.
	@Column(name = "start_offset")
	private @Nullable ZoneOffset startOffset;

	@Column(name = "end_offset")
	private @Nullable ZoneOffset endOffset;

	private boolean pinned;

	// assigned by the coordinator against a hard rule they were shown
	private boolean overridden;

	@Size(max = 4000, message = "{weekplan.shift.reason.size}")
	private @Nullable String reason;

	// The worker and start the shift was published with, while its week is reopened; null worker when it was
	// published uncovered or did not exist then.
	@ManyToOne
	@JoinColumn(name = "baseline_worker_id")
	private @Nullable Worker baselineWorker;

	@Column(name = "baseline_start")
	private @Nullable LocalDateTime baselineStart;

	@Column(name = "baseline_start_offset")
	private @Nullable ZoneOffset baselineStartOffset;

	protected PlannedShift() {
		this.request = new Request();
	}

	/**
	 * @param start wall-clock start, null for an uncovered shift
	 * @param end wall-clock end: the start plus the duration in elapsed minutes, which only the group's zone knows
	 * @param startOffset the start's offset when the clocks repeat that time, else null
	 * @param endOffset the end's offset when the clocks repeat that time, else null
	 */
	public PlannedShift(Request request, int index, @Nullable Worker worker, @Nullable LocalDateTime start,
			@Nullable ZoneOffset startOffset, @Nullable LocalDateTime end, @Nullable ZoneOffset endOffset,
			boolean pinned, @Nullable String reason) {
		this.request = request;
		this.index = index;
		this.worker = worker;
		this.start = start;
		this.startOffset = startOffset;
		this.end = end;
		this.endOffset = endOffset;
		this.pinned = pinned;
		this.reason = reason;
	}

	void setWeekPlan(WeekPlan weekPlan) {
		this.weekPlan = weekPlan;
	}

	/** The plan holding the shift, once stored in one. */
	@Nullable
	WeekPlan weekPlan() {
		return weekPlan;
	}

	public Request getRequest() {
		return request;
	}

	public int getIndex() {
		return index;
	}

	public @Nullable Worker getWorker() {
		return worker;
	}

	public @Nullable LocalDateTime getStart() {
		return start;
	}

	public @Nullable LocalDateTime getEnd() {
		return end;
	}

	public @Nullable ZoneOffset getStartOffset() {
		return startOffset;
	}

	public @Nullable ZoneOffset getEndOffset() {
		return endOffset;
	}

	public boolean isPinned() {
		return pinned;
	}

	/** Whether the coordinator kept this assignment although it breaks a hard rule; see {@link #override()}. */
	public boolean isOverridden() {
		return overridden;
	}

	void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	/** Marks the assignment as kept against a hard rule, knowingly; it is pinned so that solving keeps it. */
	void override() {
		overridden = true;
		pinned = true;
	}

	public @Nullable String getReason() {
		return reason;
	}

	/** The worker the shift was published with, while its week is reopened. */
	public @Nullable Worker getBaselineWorker() {
		return baselineWorker;
	}

	/** The wall-clock start the shift was published with, while its week is reopened. */
	public @Nullable LocalDateTime getBaselineStart() {
		return baselineStart;
	}

	public @Nullable ZoneOffset getBaselineStartOffset() {
		return baselineStartOffset;
	}

	/** The shift as published becomes its baseline: its week is reopened for correction. */
	void keepAsBaseline() {
		baselineWorker = worker;
		baselineStart = worker == null ? null : start;
		baselineStartOffset = worker == null ? null : startOffset;
	}

	/**
	 * Keeps what the shift this one replaces in a new draft carried: its baseline in a reopened week, and its override
	 * as long as the assignment is the same.
	 */
	void carryOver(PlannedShift replaced) {
		baselineWorker = replaced.baselineWorker;
		baselineStart = replaced.baselineStart;
		baselineStartOffset = replaced.baselineStartOffset;
		overridden = overridden || replaced.overridden && Objects.equals(worker, replaced.worker)
				&& Objects.equals(start, replaced.start) && Objects.equals(startOffset, replaced.startOffset);
	}

	/** Request and index: what a shift is across drafts of the same week. */
	boolean sameShiftAs(PlannedShift other) {
		return Objects.equals(request.getId(), other.request.getId()) && index == other.index;
	}

}
