package fr.mosaic.planning.solver.justification;

/** A worker given a shift of a member their written contract does not name (Code du travail L1253-9). */
public record OutsideContractJustification(String workerId, String memberId, String shiftId, int day,
		long minutes) implements PlanningJustification {
}
