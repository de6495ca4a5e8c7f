package fr.mosaic.weekplan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.Access;
import fr.mosaic.worker.Worker;
import fr.mosaic.worker.WorkerService;

/** Stores a plan document as the week's draft, and reads a stored plan's assignments back as plan shifts. */
@PreAuthorize(Access.COORDINATORS)
@Service
public class PlanStore {

	private final RequestService requests;

	private final WorkerService workers;

	private final WeekPlanService weekPlans;

	PlanStore(RequestService requests, WorkerService workers, WeekPlanService weekPlans) {
		this.requests = requests;
		this.workers = workers;
		this.weekPlans = weekPlans;
	}

	/** Replaces the week's draft with the plan, in one transaction; a published week is refused. */
	@Transactional
	public WeekPlan storeDraft(PlanDocument plan) {
		return storeDraft(plan, Set.of());
	}

	/**
	 * Replaces the week's draft with the plan, marking the given shifts as assigned against a hard rule by the
	 * coordinator (and pinned); a published week is refused.
	 *
	 * @param overridden keys of covered shifts, {@code r1#0}
	 */
	@Transactional
	public WeekPlan storeDraft(PlanDocument plan, Set<ShiftKey> overridden) {
		Map<String, Request> requestsByCode = new HashMap<>();
		requests.findByWeek(plan.weekStart()).forEach(r -> requestsByCode.put(r.getCode(), r));
		Map<String, Worker> workersByCode = new HashMap<>();
		workers.findAll().forEach(w -> workersByCode.put(w.getCode(), w));
		// a request withdrawn while the week was being solved leaves its shifts out
		var shifts = plan.shifts().stream().filter(s -> requestsByCode.containsKey(s.request()))
				.map(s -> s.covered()
						? shift(requestsByCode.get(s.request()), s.index(), workersByCode.get(s.worker()), s.start(),
								Objects.requireNonNull(s.end()), Boolean.TRUE.equals(s.pinned()))
						: new PlannedShift(requestsByCode.get(s.request()), s.index(), null, null, null, null, null,
								false, s.reason()))
				.toList();
		shifts.stream().filter(s -> s.getWorker() != null && overridden.contains(key(s)))
				.forEach(PlannedShift::override);
		return weekPlans.saveDraft(plan.weekStart(), shifts, plan.score(), plan.feasible());
	}

	/**
	 * The stored shifts of the week in plan form (score and summaries are the solver's to recompute), with the
	 * assignments a reopened week was published with.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredPlan> find(LocalDate weekStart) {
		return weekPlans.findByWeek(weekStart)
				.map(plan -> new StoredPlan(plan.getState().name(), plan.getScore(),
						plan.getShifts().stream()
								.map(s -> new PlanDocument.Shift(s.getRequest().getCode(), s.getIndex(),
										code(s.getWorker()), time(s.getStart(), s.getStartOffset()),
										time(s.getEnd(), s.getEndOffset()), s.isPinned(), s.getReason()))
								.toList(),
						plan.isReopened() ? plan.getShifts().stream().map(PlanStore::published).toList() : List.of(),
						plan.getShifts().stream().filter(PlannedShift::isOverridden).map(PlanStore::key)
								.collect(Collectors.toSet())));
	}

	// only the worker and start: the end follows from the start in the week's zone
	private static PlanDocument.Shift published(PlannedShift s) {
		return new PlanDocument.Shift(s.getRequest().getCode(), s.getIndex(), code(s.getBaselineWorker()),
				time(s.getBaselineStart(), s.getBaselineStartOffset()), null, null, null);
	}

	/** The shift's worker and start, as {@link #find} gives a reopened week's published ones. */
	static PlanDocument.Shift assignment(PlannedShift s) {
		return new PlanDocument.Shift(s.getRequest().getCode(), s.getIndex(), code(s.getWorker()),
				time(s.getStart(), s.getStartOffset()), null, null, null);
	}

	private static ShiftKey key(PlannedShift shift) {
		return new ShiftKey(shift.getRequest().getCode(), shift.getIndex());
	}

	private static @Nullable String code(@Nullable Worker worker) {
		return worker == null ? null : worker.getCode();
	}

	/** A covered shift as stored: wall-clock times, with the offsets that tell repeated times apart. */
	public static PlannedShift shift(Request request, int index, Worker worker, WallTime start, WallTime end,
			boolean pinned) {
		return new PlannedShift(request, index, worker, start.local(), start.offset(), end.local(), end.offset(),
				pinned, null);
	}

	private static @Nullable WallTime time(@Nullable LocalDateTime local, @Nullable ZoneOffset offset) {
		return local == null ? null : new WallTime(local, offset);
	}

	/**
	 * @param published of a reopened week, each shift's worker and start as published (no worker: it was published
	 *        uncovered or did not exist); empty for any other week
	 * @param overridden the shifts the coordinator assigned against a hard rule, knowingly
	 */
	public record StoredPlan(String state, @Nullable String score, List<PlanDocument.Shift> shifts,
			List<PlanDocument.Shift> published, Set<ShiftKey> overridden) {
	}

}
