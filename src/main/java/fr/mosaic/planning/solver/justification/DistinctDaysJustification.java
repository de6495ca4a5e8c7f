package fr.mosaic.planning.solver.justification;

import java.util.List;

/** Two shifts of a distinct-days request on the same day. */
public record DistinctDaysJustification(String requestId, String memberId, int day, List<String> shiftIds,
		long minutes) implements PlanningJustification {
}
