package fr.mosaic.planning.solver.justification;

/** A worker given a shift without the request's skill. */
public record RequiredSkillJustification(String workerId, String memberId, String shiftId, int day, long minutes,
		String skill) implements PlanningJustification {
}
