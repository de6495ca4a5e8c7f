package fr.mosaic.planning.solver.justification;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Work of a worker on one calendar day above 10 h. */
public record DailyWorkJustification(String workerId, int day, List<String> shiftIds, long minutes) implements ConstraintJustification {
}
