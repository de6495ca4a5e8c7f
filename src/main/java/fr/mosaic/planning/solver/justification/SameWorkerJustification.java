package fr.mosaic.planning.solver.justification;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A request whose shifts go to more than one worker. */
public record SameWorkerJustification(String requestId, String memberId, List<String> workerIds, long minutes) implements ConstraintJustification {
}
