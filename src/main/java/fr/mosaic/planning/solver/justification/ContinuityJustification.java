package fr.mosaic.planning.solver.justification;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A shift given to a worker the member has not had recently while it has had others. */
public record ContinuityJustification(String workerId, String memberId, String shiftId, int day, long minutes) implements ConstraintJustification {
}
