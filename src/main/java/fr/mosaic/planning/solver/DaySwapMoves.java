package fr.mosaic.planning.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import fr.mosaic.planning.model.PlanningMember;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * Random day swaps for local search: two workers exchange every shift each starts on one calendar day, at the same
 * starts (the second worker may have none that day, and then takes the first one's day). A day's shifts move whole,
 * with the journeys between them and their duty period, so the week's totals change by a whole day at once; moving
 * those shifts one at a time breaks a hard rule at the first step (two workers' days overlap, or a week goes over its
 * maximum), which annealing with no hard temperature never takes. Measured on M and L (solver-config/BENCHMARK.md,
 * 2026-12-01 night and late). Only swaps where each worker is eligible for every shift it takes are offered; pinned
 * shifts are never moved; the score decides the rest.
 */
public class DaySwapMoves extends RandomShiftChanges {

	private static final String KIND = "DaySwap";

	// Draws tried per move before giving up with a move that is not doable.
	private static final int ATTEMPTS = 20;

	@Override
	public Iterator<ShiftChangesMove> createRandomMoveIterator(ScoreDirector<WeekPlanSolution> scoreDirector,
			Random random) {
		List<ShiftAssignment> shifts = scoreDirector.getWorkingSolution().getShifts();
		return endless(() -> {
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				ShiftChangesMove move = draw(shifts, random);
				if (move != null) {
					return move;
				}
			}
			return new ShiftChangesMove(KIND, List.of());
		});
	}

	// A covered shift picks the day and its worker; the other worker is one eligible for that shift, half the time one
	// who has worked for the shift's member before: a uniform draw rarely offers them, and continuity is what members
	// value most.
	static @Nullable ShiftChangesMove draw(List<ShiftAssignment> shifts, Random random) {
		if (shifts.isEmpty()) {
			return null;
		}
		ShiftAssignment picked = shifts.get(random.nextInt(shifts.size()));
		PlanningWorker first = picked.getWorker();
		List<PlanningWorker> eligible = picked.getRequest().getEligibleWorkers();
		if (first == null || picked.isPinned() || eligible.isEmpty()) {
			return null;
		}
		PlanningWorker second = random.nextBoolean()
				? knownTo(picked.getMember(), eligible, random)
				: eligible.get(random.nextInt(eligible.size()));
		return second == null || second == first ? null : swap(shifts, first, second, picked.startDay());
	}

	// One of the workers with history at the member, at random; null when none has any. Loops, not streams: it runs
	// on most draws.
	private static @Nullable PlanningWorker knownTo(PlanningMember member, List<PlanningWorker> workers,
			Random random) {
		int known = 0;
		for (PlanningWorker worker : workers) {
			if (member.historyMinutes(worker) > 0) {
				known++;
			}
		}
		int chosen = known == 0 ? -1 : random.nextInt(known);
		for (PlanningWorker worker : workers) {
			if (member.historyMinutes(worker) > 0 && chosen-- == 0) {
				return worker;
			}
		}
		return null;
	}

	/** The swap of two workers' shifts starting on {@code day}, or null when one of them may not take the other's. */
	static @Nullable ShiftChangesMove swap(List<ShiftAssignment> shifts, PlanningWorker first, PlanningWorker second,
			int day) {
		List<ShiftChangesMove.Change> changes = new ArrayList<>();
		for (ShiftAssignment shift : shifts) {
			PlanningWorker worker = shift.getWorker();
			if ((worker == first || worker == second) && shift.getStart() != null && shift.startDay() == day) {
				PlanningWorker other = worker == first ? second : first;
				if (shift.isPinned() || !other.mayServe(shift.getRequest())
						|| !shift.getRequest().getEligibleWorkers().contains(other)) {
					return null;
				}
				changes.add(new ShiftChangesMove.Change(shift, worker, shift.getStart(), other, shift.getStart()));
			}
		}
		return new ShiftChangesMove(KIND, changes);
	}

}
