package fr.mosaic.planning.model;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import fr.mosaic.interchange.ShiftKey;

/** One shift of a request, to be given a worker (or none, if it cannot be covered) and a start. */
@PlanningEntity
public class ShiftAssignment {

	@PlanningId
	private String id;

	private PlanningRequest request;

	private int index;

	@PlanningVariable(valueRangeProviderRefs = "eligibleWorkerRange", allowsUnassigned = true)
	private @Nullable PlanningWorker worker;

	@PlanningVariable(valueRangeProviderRefs = "startRange")
	private @Nullable Integer start;

	@PlanningPin
	private boolean pinned;

	// Of a reopened week: the worker and start the shift was published with; null worker if it was not covered.
	private @Nullable PlanningWorker publishedWorker;

	private @Nullable Integer publishedStart;

	// The solver clones solutions through this constructor.
	ShiftAssignment() {
	}

	public ShiftAssignment(PlanningRequest request, int index) {
		this.id = new ShiftKey(request.getId(), index).toString();
		this.request = request;
		this.index = index;
	}

	/** Starts allowed by the request; a request with none keeps its placeholder start and stays uncovered. */
	@ValueRangeProvider(id = "startRange")
	public List<Integer> getStartRange() {
		List<Integer> allowed = request.getAllowedStarts();
		return allowed.isEmpty() && start != null ? List.of(start) : allowed;
	}

	/** Only the request's eligible workers: at scale most workers lack the skill or the time. */
	@ValueRangeProvider(id = "eligibleWorkerRange")
	public List<PlanningWorker> getEligibleWorkerRange() {
		return request.getEligibleWorkers();
	}

	public boolean isAssigned() {
		return worker != null && start != null;
	}

	public String getId() {
		return id;
	}

	public PlanningRequest getRequest() {
		return request;
	}

	public PlanningMember getMember() {
		return request.getMember();
	}

	public PlanningSite getSite() {
		return request.getSite();
	}

	public int getIndex() {
		return index;
	}

	public int getDurationMinutes() {
		return request.getDurationMinutes();
	}

	public @Nullable PlanningWorker getWorker() {
		return worker;
	}

	public void setWorker(@Nullable PlanningWorker worker) {
		this.worker = worker;
	}

	public @Nullable Integer getStart() {
		return start;
	}

	public void setStart(@Nullable Integer start) {
		this.start = start;
	}

	/** The start in elapsed minutes of the week; call only on an assigned shift. */
	public int startMinute() {
		return Objects.requireNonNull(start, id);
	}

	/** The end: a shift lasts its duration in elapsed minutes, whatever the clocks do. */
	public int endMinute() {
		return startMinute() + request.getDurationMinutes();
	}

	/** The calendar day the shift starts on, 0 being Monday. */
	public int startDay() {
		return request.getCalendar().dayOf(startMinute());
	}

	public boolean isPinned() {
		return pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	public @Nullable PlanningWorker getPublishedWorker() {
		return publishedWorker;
	}

	/** The published start in elapsed minutes of the week; null when the shift was not published covered. */
	public @Nullable Integer getPublishedStart() {
		return publishedStart;
	}

	/** Marks the worker and start (elapsed minutes) the shift was published with. */
	public void setPublished(PlanningWorker worker, int start) {
		this.publishedWorker = worker;
		this.publishedStart = start;
	}

	/** A shift published with a worker that now has another worker, another start, or none. */
	public boolean changedFromPublished() {
		return publishedWorker != null && (!publishedWorker.equals(worker) || !Objects.equals(publishedStart, start));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ShiftAssignment other && id.equals(other.id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

	@Override
	public String toString() {
		return id + "(" + worker + "@" + start + ")";
	}

}
