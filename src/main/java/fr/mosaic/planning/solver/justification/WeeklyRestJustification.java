package fr.mosaic.planning.solver.justification;

/** Minutes a worker's longest rest of the week falls short of 35 h. */
public record WeeklyRestJustification(String workerId, long minutes) implements PlanningJustification {
}
