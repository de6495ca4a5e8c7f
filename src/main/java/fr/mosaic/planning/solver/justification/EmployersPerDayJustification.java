package fr.mosaic.planning.solver.justification;

import java.util.List;

/** A worker's day with more than one employer; the amount counts the extra employers. */
public record EmployersPerDayJustification(String workerId, int day, List<String> shiftIds,
		long extraEmployers) implements PlanningJustification {
}
