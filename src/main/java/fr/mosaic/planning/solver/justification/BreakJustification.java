package fr.mosaic.planning.solver.justification;

import java.util.List;

/** A stretch of shifts without a 20 min break running over 6 h. */
public record BreakJustification(String workerId, int day, List<String> shiftIds,
		long minutes) implements PlanningJustification {
}
