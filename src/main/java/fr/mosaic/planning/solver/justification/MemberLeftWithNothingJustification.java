package fr.mosaic.planning.solver.justification;

/** A member none of whose requested minutes is covered; {@code minutes} is what it asked for. */
public record MemberLeftWithNothingJustification(String memberId, long minutes) implements PlanningJustification {
}
