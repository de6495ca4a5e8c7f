package fr.mosaic.planning.solver.justification;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A worker's week of work below their contract. */
public record ConsolidationJustification(String workerId, long workMinutes, long contractMinutes, long minutes) implements ConstraintJustification {
}
