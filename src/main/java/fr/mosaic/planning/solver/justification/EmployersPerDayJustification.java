package fr.mosaic.planning.solver.justification;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A worker's day with more than one employer; the amount counts the extra employers. */
public record EmployersPerDayJustification(String workerId, int day, List<String> shiftIds, long extraEmployers) implements ConstraintJustification {
}
