package fr.mosaic.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * Selects shifts still without a worker, so that local search tries to cover them more often than their share of all
 * shifts (about one in ten) would allow.
 */
public class UncoveredShiftFilter implements SelectionFilter<WeekPlanSolution, ShiftAssignment> {

	@Override
	public boolean accept(ScoreDirector<WeekPlanSolution> scoreDirector, ShiftAssignment shift) {
		return shift.getWorker() == null && !shift.isPinned();
	}

}
