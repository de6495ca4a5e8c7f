package fr.mosaic.planning.solver.justification;

/** A shift given to a worker the member has not had recently while it has had others. */
public record ContinuityJustification(String workerId, String memberId, String shiftId, int day,
		long minutes) implements PlanningJustification {
}
