package fr.mosaic.planning;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * A solved week: the plan, the solved model (for explanations) and benchmark figures.
 *
 * @param timeToFirstFeasible solving time (elapsed) until the first best plan with every shift started and no hard
 *        violation was handed over, zero if the week came feasible as given, null if none was found
 * @param timeToBest solving time (elapsed) until the final best plan was found: past it the search improved nothing
 * @param solvingTime solving time (elapsed) until the solver stopped, at the time limit or for lack of improvement
 * @param moveEvaluationSpeed moves evaluated per second over the whole solve
 * @param checkpoints the best plan as it stood at each checkpoint asked for, in the order asked
 */
public record SolveOutcome(PlanDocument plan, WeekPlanSolution solution, @Nullable Duration timeToFirstFeasible,
		Duration timeToBest, Duration solvingTime, long moveEvaluationSpeed, HardMediumSoftLongScore score,
		List<Checkpoint> checkpoints) {

	/**
	 * The best plan at a solving time: what a solve with that time limit would have handed back, read from a longer
	 * one.
	 *
	 * @param at solving time (elapsed) of the checkpoint
	 * @param timeToBest solving time (elapsed) at which that plan was found
	 */
	public record Checkpoint(Duration at, PlanDocument plan, Duration timeToBest) {
	}

}
