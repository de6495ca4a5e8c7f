package fr.mosaic.planning;

import java.time.Duration;

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
 */
public record SolveOutcome(PlanDocument plan, WeekPlanSolution solution, @Nullable Duration timeToFirstFeasible,
		Duration timeToBest, Duration solvingTime, long moveEvaluationSpeed, HardMediumSoftLongScore score) {
}
