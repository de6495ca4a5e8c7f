package fr.mosaic.planning.solver.justification;

import java.util.List;

/** Two consecutive shifts of a worker closer than the travel between their sites allows. */
public record OverlapJustification(String workerId, int day, List<String> shiftIds,
		long minutes) implements PlanningJustification {
}
