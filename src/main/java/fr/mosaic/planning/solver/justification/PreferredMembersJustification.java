package fr.mosaic.planning.solver.justification;

/** A shift for a member the worker has not listed among their preferred ones. */
public record PreferredMembersJustification(String workerId, String memberId, String shiftId, int day,
		long minutes) implements PlanningJustification {
}
