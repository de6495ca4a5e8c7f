package fr.mosaic.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.planning.validation.PlanValidator;
import fr.mosaic.planning.validation.Slot;
import fr.mosaic.planning.validation.WorkerRules;

/** Turns a planner's placements into a plan document with its worker and member summaries. */
final class Summaries {

	/** Where one shift went. */
	record Placed(String worker, Slot slot, boolean pinned) {
	}

	/** The placement of a shift, or null when it stayed uncovered. */
	interface Placements {

		@Nullable
		Placed of(Request request, int index);

	}

	private Summaries() {
	}

	/** The plan in problem order; it is feasible exactly when the validator finds nothing. */
	static PlanDocument plan(ProblemDocument problem, WorkerRules rules, Map<String, List<Slot>> weeks,
			Placements placements, String reason) {
		List<PlanDocument.Shift> shifts = new ArrayList<>();
		Map<String, int[]> members = new LinkedHashMap<>();
		problem.members().forEach(m -> members.put(m.id(), new int[2]));
		for (Request request : problem.requests()) {
			int[] member = members.computeIfAbsent(request.member(), id -> new int[2]);
			for (int i = 0; i < request.count(); i++) {
				member[0] += request.durationMinutes();
				Placed placed = placements.of(request, i);
				if (placed == null) {
					shifts.add(new PlanDocument.Shift(request.id(), i, null, null, null, null, reason));
				} else {
					member[1] += request.durationMinutes();
					shifts.add(new PlanDocument.Shift(request.id(), i, placed.worker(),
							rules.time(placed.slot().start()), rules.time(placed.slot().end()), placed.pinned(), null));
				}
			}
		}
		List<PlanDocument.WorkerSummary> workers = new ArrayList<>();
		weeks.forEach((id, week) -> {
			WorkerRules.Work work = rules.work(week);
			int served = (int) week.stream().map(s -> s.request().member()).distinct().count();
			workers.add(new PlanDocument.WorkerSummary(id, work.workedMinutes(), work.travelMinutes(), served));
		});
		List<PlanDocument.MemberSummary> memberSummaries = new ArrayList<>();
		members.forEach((id, m) -> memberSummaries.add(new PlanDocument.MemberSummary(id, m[0], m[1])));
		PlanDocument draft = new PlanDocument(problem.weekStart(), "n/a", false, shifts, workers, memberSummaries);
		boolean feasible = new PlanValidator().validate(problem, draft).isEmpty();
		return new PlanDocument(problem.weekStart(), "n/a", feasible, shifts, workers, memberSummaries);
	}

}
