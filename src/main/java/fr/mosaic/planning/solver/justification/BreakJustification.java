package fr.mosaic.planning.solver.justification;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A stretch of shifts without a 20 min break running over 6 h. */
public record BreakJustification(String workerId, int day, List<String> shiftIds, long minutes) implements ConstraintJustification {
}
