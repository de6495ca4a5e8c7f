package fr.mosaic.planning.solver.justification;

import java.util.List;

/** Work of a worker on one calendar day above 10 h. */
public record DailyWorkJustification(String workerId, int day, List<String> shiftIds,
		long minutes) implements PlanningJustification {
}
