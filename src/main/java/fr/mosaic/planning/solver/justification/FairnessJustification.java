package fr.mosaic.planning.solver.justification;

import java.util.Map;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** How unevenly uncovered minutes fall on the members. */
public record FairnessJustification(Map<String, Long> uncoveredMinutesByMember, long unfairness) implements ConstraintJustification {
}
