package fr.mosaic.planning.solver;

import java.util.Iterator;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * A factory of {@link ShiftChangesMove}s drawn at random only: Timefold asks for the ordered moves only under ordered
 * selection, which the configuration never uses, so asking for them throws {@link UnsupportedOperationException}.
 */
abstract class RandomShiftChanges implements MoveIteratorFactory<WeekPlanSolution, ShiftChangesMove> {

	@Override
	public long getSize(ScoreDirector<WeekPlanSolution> scoreDirector) {
		return scoreDirector.getWorkingSolution().getShifts().size();
	}

	@Override
	public Iterator<ShiftChangesMove> createOriginalMoveIterator(ScoreDirector<WeekPlanSolution> scoreDirector) {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " draws its moves at random only.");
	}

	/** Moves drawn one by one, without end: random selection stops asking when the step is decided. */
	static Iterator<ShiftChangesMove> endless(Supplier<ShiftChangesMove> draw) {
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public ShiftChangesMove next() {
				return draw.get();
			}

		};
	}

}
