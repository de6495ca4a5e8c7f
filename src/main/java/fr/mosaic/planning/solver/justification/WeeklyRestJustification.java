package fr.mosaic.planning.solver.justification;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Minutes a worker's longest rest of the week falls short of 35 h. */
public record WeeklyRestJustification(String workerId, long minutes) implements ConstraintJustification {
}
