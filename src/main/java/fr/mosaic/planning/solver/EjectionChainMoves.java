package fr.mosaic.planning.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * Random ejection chains for local search: an uncovered shift goes to an eligible worker at an allowed start, the
 * worker's shifts that stand in its way (those within {@link #EJECTION_MARGIN_MINUTES} of it, else all that start on
 * its day) go to other eligible workers free for them, or stay uncovered. An uncovered shift usually has every eligible
 * worker busy at every allowed start, so a change move alone breaks a hard rule, and uncovering the shift in the way
 * first loses minutes: simulated annealing with no hard temperature never walks that path one step at a time.
 *
 * <p>
 * Only chains that keep the workers' hard sequence rules ({@link WorkerWeek}) and lose no more weighted uncovered
 * minutes than they gain are offered; the score decides the rest. Pinned shifts are never moved. Random selection only.
 */
public class EjectionChainMoves extends RandomShiftChanges {

	private static final String KIND = "EjectionChain";

	// The working plan's indexes, kept from step to step.
	private @Nullable Chains chains;

	/** Elapsed minutes either side of the new shift within which the worker's shifts are ejected first. */
	static final int EJECTION_MARGIN_MINUTES = 120;

	// Candidates (shift, worker, start) tried per move before giving up with a move that is not doable.
	private static final int ATTEMPTS = 20;

	// Workers and starts tried for each ejected shift before leaving it uncovered.
	private static final int PLACEMENT_TRIES = 12;

	@Override
	public void phaseStarted(ScoreDirector<WeekPlanSolution> scoreDirector) {
		chains = null;
	}

	@Override
	public Iterator<ShiftChangesMove> createRandomMoveIterator(ScoreDirector<WeekPlanSolution> scoreDirector,
			Random random) {
		WeekPlanSolution solution = scoreDirector.getWorkingSolution();
		Chains current = chains;
		if (current == null || current.solution != solution) {
			current = new Chains(solution, random);
			chains = current;
		}
		current.startStep(random);
		return endless(current::next);
	}

	/**
	 * Draws chains on the working plan. Local search asks for a new iterator each step and undoes every move it only
	 * evaluates, so the indexes hold for a step; at the first draw of a step they catch up with the shifts whose worker
	 * or start changed since the last (one pass over the shifts, far cheaper than rebuilding them, which at M halved
	 * the move speed). A move built on a state that has changed since is not doable anyway. Not thread-safe: one per
	 * solver.
	 */
	static final class Chains {

		private final WeekPlanSolution solution;

		private Random random;

		private final List<ShiftAssignment> shifts;

		// The worker and start of each shift when the indexes last caught up.
		private final @Nullable PlanningWorker[] seenWorkers;

		private final @Nullable Integer[] seenStarts;

		private boolean behind = true;

		private boolean built;

		private final List<ShiftAssignment> uncovered = new ArrayList<>();

		private final Map<PlanningWorker, List<ShiftAssignment>> byWorker = new HashMap<>();

		private final Map<PlanningRequest, List<ShiftAssignment>> byDistinctDaysRequest = new HashMap<>();

		private final Map<PlanningWorker, List<WorkerWeek.Slot>> slots = new HashMap<>();

		Chains(WeekPlanSolution solution, Random random) {
			this.solution = solution;
			this.random = random;
			this.shifts = solution.getShifts();
			this.seenWorkers = new PlanningWorker[shifts.size()];
			this.seenStarts = new Integer[shifts.size()];
		}

		void startStep(Random stepRandom) {
			this.random = stepRandom;
			this.behind = true;
		}

		ShiftChangesMove next() {
			if (behind) {
				catchUp();
				behind = false;
			}
			if (!uncovered.isEmpty()) {
				for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
					ShiftChangesMove move = tryChain(uncovered.get(random.nextInt(uncovered.size())));
					if (move != null) {
						return move;
					}
				}
			}
			return new ShiftChangesMove(KIND, List.of());
		}

		private void catchUp() {
			uncovered.clear();
			for (int i = 0; i < shifts.size(); i++) {
				ShiftAssignment shift = shifts.get(i);
				PlanningWorker worker = shift.getWorker();
				Integer start = shift.getStart();
				if (!built || worker != seenWorkers[i] || !Objects.equals(start, seenStarts[i])) {
					PlanningWorker previous = seenWorkers[i];
					if (built && previous != null && seenStarts[i] != null) {
						byWorker.get(previous).remove(shift);
						slots.remove(previous);
					}
					if (worker != null && start != null) {
						byWorker.computeIfAbsent(worker, w -> new ArrayList<>()).add(shift);
						slots.remove(worker);
					}
					seenWorkers[i] = worker;
					seenStarts[i] = start;
				}
				if (!built && shift.getRequest().isDistinctDays()) {
					byDistinctDaysRequest.computeIfAbsent(shift.getRequest(), r -> new ArrayList<>()).add(shift);
				}
				if (worker == null && !shift.isPinned() && !shift.getRequest().getEligibleWorkers().isEmpty()
						&& !shift.getRequest().getAllowedStarts().isEmpty()) {
					uncovered.add(shift);
				}
			}
			built = true;
		}

		private @Nullable ShiftChangesMove tryChain(ShiftAssignment open) {
			PlanningRequest request = open.getRequest();
			List<PlanningWorker> eligible = request.getEligibleWorkers();
			PlanningWorker worker = eligible.get(random.nextInt(eligible.size()));
			List<Integer> starts = request.getAllowedStarts();
			int start = starts.get(random.nextInt(starts.size()));
			int end = start + request.getDurationMinutes();
			if (!worker.mayServe(request) || worker.unavailableMinutes(start, end) > 0
					|| dayTaken(request, request.getCalendar().dayOf(start), open)) {
				return null;
			}
			List<ShiftAssignment> own = byWorker.getOrDefault(worker, List.of());
			List<ShiftAssignment> ejected = ejection(own, open, start, true);
			if (!fitsAfterEjection(worker, own, ejected, open, start)) {
				ejected = ejection(own, open, start, false);
				if (!fitsAfterEjection(worker, own, ejected, open, start)) {
					return null;
				}
			}
			for (ShiftAssignment shift : ejected) {
				if (shift.isPinned()) {
					return null;
				}
			}
			List<ShiftChangesMove.Change> changes = new ArrayList<>();
			changes.add(new ShiftChangesMove.Change(open, null, open.getStart(), worker, start));
			long gained = weightedMinutes(open);
			long lost = 0;
			Map<PlanningWorker, List<WorkerWeek.Slot>> added = new HashMap<>();
			for (ShiftAssignment shift : ejected) {
				ShiftChangesMove.Change placed = place(shift, worker, added);
				if (placed.toWorker() == null) {
					lost += weightedMinutes(shift);
					if (lost > gained) {
						return null;
					}
				}
				changes.add(placed);
			}
			return new ShiftChangesMove(KIND, changes);
		}

		// The worker's shifts near the new one, or (near == false) also all those starting on its day.
		private static List<ShiftAssignment> ejection(List<ShiftAssignment> own, ShiftAssignment open, int start,
				boolean near) {
			int end = start + open.getDurationMinutes();
			int day = open.getRequest().getCalendar().dayOf(start);
			List<ShiftAssignment> ejected = new ArrayList<>();
			for (ShiftAssignment shift : own) {
				boolean close = shift.startMinute() < end + EJECTION_MARGIN_MINUTES
						&& start - EJECTION_MARGIN_MINUTES < shift.endMinute();
				if (close || (!near && shift.startDay() == day)) {
					ejected.add(shift);
				}
			}
			return ejected;
		}

		private static boolean fitsAfterEjection(PlanningWorker worker, List<ShiftAssignment> own,
				List<ShiftAssignment> ejected, ShiftAssignment open, int start) {
			WorkerWeek.Slot candidate = WorkerWeek.Slot.at(open, start);
			List<WorkerWeek.Slot> slots = new ArrayList<>(own.size() + 1);
			for (ShiftAssignment shift : own) {
				if (!ejected.contains(shift)) {
					WorkerWeek.Slot slot = WorkerWeek.Slot.at(shift, shift.startMinute());
					if (clash(slot, candidate)) {
						return false;
					}
					slots.add(slot);
				}
			}
			slots.add(candidate);
			return WorkerWeek.ofSlots(worker, slots).keepsHardRules();
		}

		// Another eligible worker free for the shift, at its start or at another allowed start (on a day its
		// distinct-days request has free); else the shift stays uncovered.
		private ShiftChangesMove.Change place(ShiftAssignment shift, PlanningWorker ejectedFrom,
				Map<PlanningWorker, List<WorkerWeek.Slot>> added) {
			PlanningRequest request = shift.getRequest();
			List<PlanningWorker> eligible = request.getEligibleWorkers();
			int current = shift.startMinute();
			List<Integer> starts = request.getAllowedStarts();
			for (int tryIndex = 0; tryIndex < PLACEMENT_TRIES && !eligible.isEmpty(); tryIndex++) {
				PlanningWorker other = eligible.get(random.nextInt(eligible.size()));
				int chosen = tryIndex % 2 == 0 ? current : starts.get(random.nextInt(starts.size()));
				int day = request.getCalendar().dayOf(chosen);
				if (day != shift.startDay() && dayTaken(request, day, shift)) {
					continue;
				}
				if (!other.equals(ejectedFrom) && fits(other, shift, chosen, added)) {
					added.computeIfAbsent(other, w -> new ArrayList<>()).add(WorkerWeek.Slot.at(shift, chosen));
					return new ShiftChangesMove.Change(shift, ejectedFrom, current, other, chosen);
				}
			}
			return new ShiftChangesMove.Change(shift, ejectedFrom, current, null, current);
		}

		private boolean fits(PlanningWorker worker, ShiftAssignment shift, int start,
				Map<PlanningWorker, List<WorkerWeek.Slot>> added) {
			int end = start + shift.getDurationMinutes();
			if (!worker.mayServe(shift.getRequest()) || worker.unavailableMinutes(start, end) > 0) {
				return false;
			}
			List<WorkerWeek.Slot> own = slotsOf(worker);
			List<WorkerWeek.Slot> extra = added.getOrDefault(worker, List.of());
			WorkerWeek.Slot candidate = WorkerWeek.Slot.at(shift, start);
			for (WorkerWeek.Slot slot : own) {
				if (clash(slot, candidate)) {
					return false;
				}
			}
			for (WorkerWeek.Slot slot : extra) {
				if (clash(slot, candidate)) {
					return false;
				}
			}
			List<WorkerWeek.Slot> slots = new ArrayList<>(own.size() + extra.size() + 1);
			slots.addAll(own);
			slots.addAll(extra);
			slots.add(candidate);
			return WorkerWeek.ofSlots(worker, slots).keepsHardRules();
		}

		// The worker's shifts as slots, built once per draw state: most candidates fail on a clash with them.
		private List<WorkerWeek.Slot> slotsOf(PlanningWorker worker) {
			return slots.computeIfAbsent(worker, w -> byWorker.getOrDefault(w, List.of()).stream()
					.map(shift -> WorkerWeek.Slot.at(shift, shift.startMinute())).toList());
		}

		// Two shifts closer than the travel between them, in either order: the cheapest hard rule to test first.
		private static boolean clash(WorkerWeek.Slot a, WorkerWeek.Slot b) {
			return a.start() < b.end() + b.site().travelTo(a.site())
					&& b.start() < a.end() + a.site().travelTo(b.site());
		}

		// Whether another covered shift of a distinct-days request already starts on the day.
		private boolean dayTaken(PlanningRequest request, int day, ShiftAssignment except) {
			for (ShiftAssignment shift : byDistinctDaysRequest.getOrDefault(request, List.of())) {
				if (shift != except && shift.isAssigned() && shift.getWorker() != null && shift.startDay() == day) {
					return true;
				}
			}
			return false;
		}

		private static long weightedMinutes(ShiftAssignment shift) {
			return (long) shift.getDurationMinutes()
					* (shift.getRequest().isExtra() ? 1 : ConstraintWeights.CONTRACTED_UNCOVERED_FACTOR);
		}

	}

}
