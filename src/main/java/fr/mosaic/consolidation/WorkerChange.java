package fr.mosaic.consolidation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An existing worker's planned minutes in the week's plan and in a what-if copy of it; over several weeks, summed.
 *
 * @param contractMinutes their contract over the same weeks, in minutes
 */
public record WorkerChange(String worker, long beforeMinutes, long afterMinutes, long contractMinutes) {

	public long lostMinutes() {
		return Math.max(0, beforeMinutes - afterMinutes);
	}

	/** Whether the copy plans them below their contract while the week's plan did not. */
	public boolean fallsBelowContract() {
		return afterMinutes < contractMinutes && beforeMinutes >= contractMinutes;
	}

	/** The same worker over one more week. */
	WorkerChange plus(WorkerChange other) {
		return new WorkerChange(worker, beforeMinutes + other.beforeMinutes, afterMinutes + other.afterMinutes,
				contractMinutes + other.contractMinutes);
	}

	/** The workers who lose minutes, of changes already summed over the weeks. */
	static List<WorkerChange> losses(Map<String, WorkerChange> changes) {
		return changes.values().stream().filter(change -> change.lostMinutes() > 0).toList();
	}

	/** Every worker of the week with their minutes before and after, by worker id, in the order of their names. */
	static Map<String, WorkerChange> byWorker(SolvedWeek before, SolvedWeek after) {
		var was = before.workedMinutes();
		var is = after.workedMinutes();
		Map<String, WorkerChange> changes = new HashMap<>();
		for (var worker : before.problem().workers()) {
			changes.put(worker.id(), new WorkerChange(worker.name(), was.getOrDefault(worker.id(), 0L),
					is.getOrDefault(worker.id(), 0L), worker.contractMinutes()));
		}
		return byName(changes);
	}

	/** Each worker's changes summed over the weeks, by worker id, in the order of their names. */
	static Map<String, WorkerChange> summed(List<Map<String, WorkerChange>> perWeek) {
		Map<String, WorkerChange> summed = new HashMap<>();
		perWeek.forEach(week -> week.forEach((id, change) -> summed.merge(id, change, WorkerChange::plus)));
		return byName(summed);
	}

	private static Map<String, WorkerChange> byName(Map<String, WorkerChange> changes) {
		Map<String, WorkerChange> ordered = new LinkedHashMap<>();
		changes.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<String, WorkerChange> entry) -> entry.getValue().worker())
						.thenComparing(Map.Entry::getKey))
				.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

}
