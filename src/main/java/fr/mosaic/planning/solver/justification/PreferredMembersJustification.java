package fr.mosaic.planning.solver.justification;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A shift for a member the worker has not listed among their preferred ones. */
public record PreferredMembersJustification(String workerId, String memberId, String shiftId, int day, long minutes) implements ConstraintJustification {
}
