package fr.mosaic.planning.solver.justification;

/** A worker's week of work below their contract. */
public record ConsolidationJustification(String workerId, long workMinutes, long contractMinutes,
		long minutes) implements PlanningJustification {
}
