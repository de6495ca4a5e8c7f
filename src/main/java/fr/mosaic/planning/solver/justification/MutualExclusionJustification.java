package fr.mosaic.planning.solver.justification;

/** A worker given a shift of a member that excludes them, or that they exclude. */
public record MutualExclusionJustification(String workerId, String memberId, String shiftId, int day, long minutes,
		boolean excludedByMember) implements PlanningJustification {
}
