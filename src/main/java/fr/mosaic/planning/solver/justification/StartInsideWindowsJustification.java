package fr.mosaic.planning.solver.justification;

/** A shift whose start its request's windows and step no longer allow (a stored plan read after a change). */
public record StartInsideWindowsJustification(String workerId, String memberId, String shiftId, int day,
		long minutes) implements PlanningJustification {
}
