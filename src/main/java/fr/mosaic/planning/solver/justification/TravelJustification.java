package fr.mosaic.planning.solver.justification;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A worker's travel minutes between sites over the week. */
public record TravelJustification(String workerId, long minutes) implements ConstraintJustification {
}
