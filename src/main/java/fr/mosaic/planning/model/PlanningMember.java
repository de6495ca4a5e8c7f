package fr.mosaic.planning.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A member employer: whom it excludes and which workers it has had in recent weeks. */
public class PlanningMember {

	@PlanningId
	private final String id;

	private final Set<String> excludedWorkerIds;

	private final Map<String, Integer> historyMinutesByWorker;

	public PlanningMember(String id, Set<String> excludedWorkerIds, Map<String, Integer> historyMinutesByWorker) {
		this.id = id;
		this.excludedWorkerIds = Set.copyOf(excludedWorkerIds);
		this.historyMinutesByWorker = Map.copyOf(historyMinutesByWorker);
	}

	public String getId() {
		return id;
	}

	public boolean excludes(PlanningWorker worker) {
		return excludedWorkerIds.contains(worker.getId());
	}

	public boolean hasHistory() {
		return !historyMinutesByWorker.isEmpty();
	}

	public int historyMinutes(PlanningWorker worker) {
		return historyMinutesByWorker.getOrDefault(worker.getId(), 0);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PlanningMember other && id.equals(other.id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id);
	}

	@Override
	public String toString() {
		return id;
	}

}
