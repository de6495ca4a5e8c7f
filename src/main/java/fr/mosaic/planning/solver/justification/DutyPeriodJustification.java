package fr.mosaic.planning.solver.justification;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A duty period of a worker spanning more than 13 h. */
public record DutyPeriodJustification(String workerId, int day, List<String> shiftIds, long minutes) implements ConstraintJustification {
}
