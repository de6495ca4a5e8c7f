package fr.mosaic.planning.solver.justification;

import java.util.List;

/** A duty period of a worker spanning more than 13 h. */
public record DutyPeriodJustification(String workerId, int day, List<String> shiftIds,
		long minutes) implements PlanningJustification {
}
