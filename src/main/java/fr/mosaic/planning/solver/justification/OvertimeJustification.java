package fr.mosaic.planning.solver.justification;

/** A worker's week of work above their contract. */
public record OvertimeJustification(String workerId, long workMinutes, long contractMinutes,
		long minutes) implements PlanningJustification {
}
