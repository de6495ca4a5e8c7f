package fr.mosaic.planning.solver.justification;

import java.util.List;

/** Idle minutes between the shifts of a worker's duty period. */
public record IdleGapJustification(String workerId, int day, List<String> shiftIds,
		long minutes) implements PlanningJustification {
}
