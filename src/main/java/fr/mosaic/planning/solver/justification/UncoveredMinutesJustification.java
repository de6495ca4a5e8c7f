package fr.mosaic.planning.solver.justification;

/** A shift without a worker, weighted by the request's priority. */
public record UncoveredMinutesJustification(String memberId, String requestId, String shiftId, long minutes,
		boolean extra) implements PlanningJustification {
}
