package fr.mosaic.planning.solver.justification;

/** Minutes of a shift outside the worker's availability or inside their leave. */
public record AvailabilityJustification(String workerId, String memberId, String shiftId, int day,
		long minutes) implements PlanningJustification {
}
