package fr.mosaic.planning.solver.justification;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Minutes of a shift outside the worker's availability or inside their leave. */
public record AvailabilityJustification(String workerId, String memberId, String shiftId, int day, long minutes) implements ConstraintJustification {
}
