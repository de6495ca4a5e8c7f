package fr.mosaic.planning.solver.justification;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Two shifts of a distinct-days request on the same day. */
public record DistinctDaysJustification(String requestId, String memberId, int day, List<String> shiftIds, long minutes) implements ConstraintJustification {
}
