package fr.mosaic.planning.solver.justification;

/** A worker's travel minutes between sites over the week. */
public record TravelJustification(String workerId, long minutes) implements PlanningJustification {
}
