package fr.mosaic.planning.solver.justification;

import java.util.List;

/** A request whose shifts go to more than one worker. */
public record SameWorkerJustification(String requestId, String memberId, List<String> workerIds,
		long minutes) implements PlanningJustification {
}
