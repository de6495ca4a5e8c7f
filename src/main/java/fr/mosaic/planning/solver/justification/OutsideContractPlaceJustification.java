package fr.mosaic.planning.solver.justification;

/** A worker given a shift at a place of work their written contract does not name (Code du travail L1253-9). */
public record OutsideContractPlaceJustification(String workerId, String memberId, String siteId, String shiftId,
		int day, long minutes) implements PlanningJustification {
}
