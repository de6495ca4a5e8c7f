package fr.mosaic.planning.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A member employer: whom it excludes, which workers it has had in recent weeks and with which skills. */
public class PlanningMember {

	@PlanningId
	private final String id;

	private final Set<String> excludedWorkerIds;

	private final Map<String, Integer> historyMinutesByWorker;

	// Skills of the workers in its history: continuity only asks for them on requests of those skills.
	private final Set<String> historySkills;

	public PlanningMember(String id, Set<String> excludedWorkerIds, Map<String, Integer> historyMinutesByWorker,
			Set<String> historySkills) {
		this.id = id;
		this.excludedWorkerIds = Set.copyOf(excludedWorkerIds);
		this.historyMinutesByWorker = Map.copyOf(historyMinutesByWorker);
		this.historySkills = Set.copyOf(historySkills);
	}

	public String getId() {
		return id;
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
