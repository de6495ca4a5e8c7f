package fr.mosaic.planning.solver.justification;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Two consecutive shifts of a worker closer than the travel between their sites allows. */
public record OverlapJustification(String workerId, int day, List<String> shiftIds, long minutes) implements ConstraintJustification {
}
