package fr.mosaic.consolidation;

import java.util.ArrayList;
import java.util.List;

/**
 * An existing worker's planned minutes in the week's plan and in a what-if copy of it.
 *
 * @param contractMinutes their weekly contract, in minutes
 */
public record WorkerChange(String worker, long beforeMinutes, long afterMinutes, long contractMinutes) {

	public long lostMinutes() {
		return Math.max(0, beforeMinutes - afterMinutes);
	}

	/** Whether the copy plans them below their contract while the week's plan did not. */
	public boolean fallsBelowContract() {
		return afterMinutes < contractMinutes && beforeMinutes >= contractMinutes;
	}

	/** The week's workers who lose minutes in the copy, by name. */
	static List<WorkerChange> losses(SolvedWeek before, SolvedWeek after) {
		return changes(before, after).stream().filter(change -> change.lostMinutes() > 0).toList();
	}

	/** Every worker of the week with their minutes before and after, by name. */
	static List<WorkerChange> changes(SolvedWeek before, SolvedWeek after) {
		var was = before.workedMinutes();
		var is = after.workedMinutes();
		List<WorkerChange> changes = new ArrayList<>();
		for (var worker : before.problem().workers()) {
			changes.add(new WorkerChange(worker.name(), was.getOrDefault(worker.id(), 0L),
					is.getOrDefault(worker.id(), 0L), worker.contractMinutes()));
		}
		changes.sort((a, b) -> a.worker().compareTo(b.worker()));
		return changes;
	}

}
