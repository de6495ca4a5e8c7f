package fr.mosaic.planning.solver.justification;

/** Work of a worker on working days beyond the sixth of the week. */
public record WorkingDaysJustification(String workerId, long minutes) implements PlanningJustification {
}
