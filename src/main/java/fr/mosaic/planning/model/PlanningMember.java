package fr.mosaic.planning.model;

import java.util.Map;
import java.util.Set;

/** A member employer: whom it excludes, which workers it has had in recent weeks and with which skills. */
public class PlanningMember extends PlanningFact {

	private final Set<String> excludedWorkerIds;

	private final Map<String, Integer> historyMinutesByWorker;

	// Skills of the workers in its history: continuity only asks for them on requests of those skills.
	private final Set<String> historySkills;

	public PlanningMember(String id, Set<String> excludedWorkerIds, Map<String, Integer> historyMinutesByWorker,
			Set<String> historySkills) {
		super(id);
		this.excludedWorkerIds = Set.copyOf(excludedWorkerIds);
		this.historyMinutesByWorker = Map.copyOf(historyMinutesByWorker);
		this.historySkills = Set.copyOf(historySkills);
	}

	public boolean excludes(PlanningWorker worker) {
		return excludedWorkerIds.contains(worker.getId());
	}

	/** Whether some worker it has had in recent weeks has this skill. */
	public boolean hasHistoryFor(String skill) {
		return historySkills.contains(skill);
	}

	public int historyMinutes(PlanningWorker worker) {
		return historyMinutesByWorker.getOrDefault(worker.getId(), 0);
	}

}
