package fr.mosaic.planning.solver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * Several shifts given new workers and starts as one move, so the solver weighs them together instead of a first step
 * that breaks a hard rule or uncovers minutes: an ejection chain ({@link EjectionChainMoves}) or a day swap
 * ({@link DaySwapMoves}). Timefold records the variable changes and undoes them itself.
 */
final class ShiftChangesMove extends AbstractSimplifiedMove<WeekPlanSolution> {

	/**
	 * One shift's new worker (null: uncovered) and start in elapsed minutes, with the worker and start it must still
	 * have for the move to apply.
	 */
	record Change(ShiftAssignment shift, @Nullable PlanningWorker fromWorker, @Nullable Integer fromStart,
			@Nullable PlanningWorker toWorker, @Nullable Integer toStart) {

		boolean changes() {
			return !Objects.equals(fromWorker, toWorker) || !Objects.equals(fromStart, toStart);
		}

	}

	private final String kind;

	private final List<Change> changes;

	/** {@code kind} names the move in Timefold's move statistics, such as "EjectionChain". */
	ShiftChangesMove(String kind, List<Change> changes) {
		this.kind = kind;
		this.changes = List.copyOf(changes);
	}

	/** The changes in the order they are made (an ejection chain's covered shift first, then the ejected ones). */
	List<Change> changes() {
		return changes;
	}

	// A move built on an older state of the plan, or touching a pinned shift, is skipped.
	@Override
	public boolean isMoveDoable(ScoreDirector<WeekPlanSolution> scoreDirector) {
		boolean any = false;
		for (Change change : changes) {
			ShiftAssignment shift = change.shift();
			if (shift.isPinned() || !Objects.equals(shift.getWorker(), change.fromWorker())
					|| !Objects.equals(shift.getStart(), change.fromStart())) {
				return false;
			}
			any |= change.changes();
		}
		return any;
	}

	@Override
	protected void doMoveOnGenuineVariables(ScoreDirector<WeekPlanSolution> scoreDirector) {
		for (Change change : changes) {
			ShiftAssignment shift = change.shift();
			if (!Objects.equals(shift.getStart(), change.toStart())) {
				scoreDirector.beforeVariableChanged(shift, "start");
				shift.setStart(change.toStart());
				scoreDirector.afterVariableChanged(shift, "start");
			}
			if (!Objects.equals(shift.getWorker(), change.toWorker())) {
				scoreDirector.beforeVariableChanged(shift, "worker");
				shift.setWorker(change.toWorker());
				scoreDirector.afterVariableChanged(shift, "worker");
			}
		}
	}

	@Override
	public ShiftChangesMove rebase(ScoreDirector<WeekPlanSolution> destination) {
		List<Change> rebased = new ArrayList<>(changes.size());
		for (Change change : changes) {
			rebased.add(new Change(destination.lookUpWorkingObject(change.shift()),
					lookUp(destination, change.fromWorker()), change.fromStart(),
					lookUp(destination, change.toWorker()), change.toStart()));
		}
		return new ShiftChangesMove(kind, rebased);
	}

	private static @Nullable PlanningWorker lookUp(ScoreDirector<WeekPlanSolution> destination,
			@Nullable PlanningWorker worker) {
		return worker == null ? null : destination.lookUpWorkingObject(worker);
	}

	@Override
	public String getSimpleMoveTypeDescription() {
		return kind + "Move(ShiftAssignment.worker+start)";
	}

	@Override
	public List<ShiftAssignment> getPlanningEntities() {
		return changes.stream().map(Change::shift).toList();
	}

	@Override
	public Set<Object> getPlanningValues() {
		Set<Object> values = new LinkedHashSet<>();
		for (Change change : changes) {
			if (change.toWorker() != null) {
				values.add(change.toWorker());
			}
			if (change.toStart() != null) {
				values.add(change.toStart());
			}
		}
		return values;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ShiftChangesMove other && kind.equals(other.kind) && changes.equals(other.changes);
	}

	@Override
	public int hashCode() {
		return changes.hashCode();
	}

	@Override
	public String toString() {
		return changes.stream().map(c -> c.shift().getId() + " {" + c.fromWorker() + "@" + c.fromStart() + " -> "
				+ c.toWorker() + "@" + c.toStart() + "}").collect(Collectors.joining(", ", kind + "[", "]"));
	}

}
