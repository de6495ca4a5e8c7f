package fr.mosaic.planning.solver.justification;

/**
 * A shift of a reopened week that no longer goes to the worker at the start it was published with: another worker,
 * another start, or none. The worker and day are the published ones; the minutes are the shift's duration.
 */
public record ChangeFromPublishedJustification(String workerId, String memberId, String shiftId, int day,
		long minutes) implements PlanningJustification {
}
