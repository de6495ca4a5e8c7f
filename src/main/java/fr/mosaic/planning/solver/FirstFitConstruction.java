package fr.mosaic.planning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import fr.mosaic.base.LabourLaw;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * The solver's first phase: gives every shift without a start the first start and eligible worker that keep every hard
 * rule, judged by the solver's own {@link WorkerWeek}, or a start and no worker. Timefold's construction heuristic
 * scores every worker at every start for each shift, which at 8,000 shifts and 1,000 workers does not finish in
 * minutes; this one places a large week in seconds and leaves the improving to local search.
 */
public class FirstFitConstruction implements PhaseCommand<WeekPlanSolution> {

	// Contracted before extra, fixed before flexible, longer before shorter: the hard shifts get the free workers.
	private static final Comparator<ShiftAssignment> ORDER = Comparator
			.comparing((ShiftAssignment shift) -> shift.getRequest().isExtra())
			.thenComparingInt(shift -> shift.getRequest().getAllowedStarts().size() == 1 ? 0 : 1)
			.thenComparingInt(shift -> -shift.getDurationMinutes());

	@Override
	public void changeWorkingSolution(ScoreDirector<WeekPlanSolution> scoreDirector, BooleanSupplier terminated) {
		WeekPlanSolution solution = scoreDirector.getWorkingSolution();
		Map<PlanningWorker, List<WorkerWeek.Slot>> weeks = new HashMap<>();
		Map<PlanningWorker, Integer> worked = new HashMap<>();
		Map<PlanningRequest, Set<Integer>> days = new HashMap<>();
		List<ShiftAssignment> open = new ArrayList<>();
		for (ShiftAssignment shift : solution.getShifts()) {
			if (shift.getStart() == null) {
				open.add(shift);
			} else if (shift.getWorker() != null) {
				record(shift, weeks, worked, days);
			}
		}
		open.sort(ORDER);
		for (ShiftAssignment shift : open) {
			List<Integer> starts = shift.getRequest().getAllowedStarts();
			boolean placed = false;
			// once time is up, the rest only get a start, so local search still finds every shift initialized
			if (!terminated.getAsBoolean()) {
				placed = place(scoreDirector, shift, starts, weeks, worked, days);
			}
			if (!placed) {
				set(scoreDirector, shift, null, starts.getFirst());
			}
		}
		scoreDirector.triggerVariableListeners();
	}

	// The workers the member has had in recent weeks first, at any start, then everyone: continuity is what members
	// value most, and local search rarely trades a placed shift for a known face once coverage is reached.
	private static boolean place(ScoreDirector<WeekPlanSolution> scoreDirector, ShiftAssignment shift,
			List<Integer> starts, Map<PlanningWorker, List<WorkerWeek.Slot>> weeks, Map<PlanningWorker, Integer> worked,
			Map<PlanningRequest, Set<Integer>> days) {
		List<PlanningWorker> eligible = shift.getRequest().getEligibleWorkers();
		List<PlanningWorker> known = eligible.stream().filter(w -> shift.getMember().historyMinutes(w) > 0).toList();
		return (!known.isEmpty() && place(scoreDirector, shift, starts, known, weeks, worked, days))
				|| place(scoreDirector, shift, starts, eligible, weeks, worked, days);
	}

	private static boolean place(ScoreDirector<WeekPlanSolution> scoreDirector, ShiftAssignment shift,
			List<Integer> starts, List<PlanningWorker> workers, Map<PlanningWorker, List<WorkerWeek.Slot>> weeks,
			Map<PlanningWorker, Integer> worked, Map<PlanningRequest, Set<Integer>> days) {
		PlanningRequest request = shift.getRequest();
		Set<Integer> usedDays = days.getOrDefault(request, Set.of());
		for (int start : starts) {
			if (request.isDistinctDays() && usedDays.contains(request.getCalendar().dayOf(start))) {
				continue;
			}
			for (PlanningWorker worker : workers) {
				if (fits(worker, shift, start, weeks.getOrDefault(worker, List.of()), worked.getOrDefault(worker, 0))) {
					set(scoreDirector, shift, worker, start);
					record(shift, weeks, worked, days);
					return true;
				}
			}
		}
		return false;
	}

	// Cheap tests first (a pinned worker kept in the range who may not serve the request at all, weekly minutes,
	// availability, a clash with a shift already there), then every rule.
	private static boolean fits(PlanningWorker worker, ShiftAssignment shift, int start, List<WorkerWeek.Slot> week,
			int workedMinutes) {
		int end = start + shift.getDurationMinutes();
		if (!worker.mayServe(shift.getRequest()) || workedMinutes + shift.getDurationMinutes() > Math
				.min(worker.getMaxMinutes(), LabourLaw.MAX_WEEKLY_WORK_MINUTES)
				|| worker.unavailableMinutes(start, end) > 0) {
			return false;
		}
		WorkerWeek.Slot candidate = WorkerWeek.Slot.at(shift, start);
		for (WorkerWeek.Slot slot : week) {
			if (slot.start() < end + candidate.site().travelTo(slot.site())
					&& start < slot.end() + slot.site().travelTo(candidate.site())) {
				return false;
			}
		}
		List<WorkerWeek.Slot> tried = new ArrayList<>(week.size() + 1);
		tried.addAll(week);
		tried.add(candidate);
		return WorkerWeek.ofSlots(worker, tried).keepsHardRules();
	}

	private static void record(ShiftAssignment shift, Map<PlanningWorker, List<WorkerWeek.Slot>> weeks,
			Map<PlanningWorker, Integer> worked, Map<PlanningRequest, Set<Integer>> days) {
		PlanningWorker worker = Objects.requireNonNull(shift.getWorker());
		List<WorkerWeek.Slot> week = weeks.computeIfAbsent(worker, w -> new ArrayList<>());
		week.add(WorkerWeek.Slot.at(shift, shift.startMinute()));
		worked.put(worker, WorkerWeek.ofSlots(worker, week).workMinutes());
		days.computeIfAbsent(shift.getRequest(), r -> new HashSet<>()).add(shift.startDay());
	}

	private static void set(ScoreDirector<WeekPlanSolution> scoreDirector, ShiftAssignment shift,
			@Nullable PlanningWorker worker, int start) {
		scoreDirector.beforeVariableChanged(shift, "start");
		shift.setStart(start);
		scoreDirector.afterVariableChanged(shift, "start");
		scoreDirector.beforeVariableChanged(shift, "worker");
		shift.setWorker(worker);
		scoreDirector.afterVariableChanged(shift, "worker");
	}

}
