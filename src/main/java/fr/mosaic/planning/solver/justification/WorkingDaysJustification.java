package fr.mosaic.planning.solver.justification;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Work of a worker on working days beyond the sixth of the week. */
public record WorkingDaysJustification(String workerId, long minutes) implements ConstraintJustification {
}
