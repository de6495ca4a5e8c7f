package fr.mosaic.planning.model;

import java.util.Map;
import java.util.Set;

/** A member employer: whom it excludes, which workers it has had in recent weeks and with which skills. */
public class PlanningMember extends PlanningFact {

	private final Set<String> excludedWorkerIds;

	private final Map<String, Integer> historyMinutesByWorker;

	public PlanningMember(String id, Set<String> excludedWorkerIds, Map<String, Integer> historyMinutesByWorker) {
		super(id);
		this.excludedWorkerIds = Set.copyOf(excludedWorkerIds);
		this.historyMinutesByWorker = Map.copyOf(historyMinutesByWorker);
	}

	public boolean excludes(PlanningWorker worker) {
		return excludedWorkerIds.contains(worker.getId());
	}

	/** Whether it has had some worker in recent weeks. */
	public boolean hasHistory() {
		return !historyMinutesByWorker.isEmpty();
	}

	public int historyMinutes(PlanningWorker worker) {
		return historyMinutesByWorker.getOrDefault(worker.getId(), 0);
	}

}
