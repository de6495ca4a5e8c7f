package fr.mosaic.planning.solver.justification;

import java.util.Map;

/** How unevenly uncovered minutes fall on the members. */
public record FairnessJustification(Map<String, Long> uncoveredMinutesByMember,
		long unfairness) implements PlanningJustification {
}
