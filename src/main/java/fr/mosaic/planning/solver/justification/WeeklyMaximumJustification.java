package fr.mosaic.planning.solver.justification;

/** A worker's week of work above their maximum (at most 48 h). */
public record WeeklyMaximumJustification(String workerId, long workMinutes, long limitMinutes,
		long minutes) implements PlanningJustification {
}
