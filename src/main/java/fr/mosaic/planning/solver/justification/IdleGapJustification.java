package fr.mosaic.planning.solver.justification;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Idle minutes between the shifts of a worker's duty period. */
public record IdleGapJustification(String workerId, int day, List<String> shiftIds, long minutes) implements ConstraintJustification {
}
