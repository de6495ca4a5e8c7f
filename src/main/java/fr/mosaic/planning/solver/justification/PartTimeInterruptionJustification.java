package fr.mosaic.planning.solver.justification;

import java.util.List;

/** A part-time worker's duty period interrupted more than once or for over 2 h. */
public record PartTimeInterruptionJustification(String workerId, int day, List<String> shiftIds,
		long minutes) implements PlanningJustification {
}
