package fr.mosaic.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.mosaic.interchange.ProblemDocument;

/** What-if copies of a week's problem; the problem given is never changed (its lists are immutable). */
final class WeekCopies {

	private WeekCopies() {
	}

	static ProblemDocument withWorkers(ProblemDocument problem, List<ProblemDocument.Worker> workers) {
		return new ProblemDocument(problem.weekStart(), problem.timeZone(), problem.travel(), problem.skills(),
				problem.members(), workers, problem.requests(), problem.history(), problem.pinned(),
				problem.travelMinutes());
	}

	/** The copy where the worker's contract also lists the member (a contract amendment, Code du travail L1253-9). */
	static ProblemDocument withContractMember(ProblemDocument problem, String workerId, String memberId) {
		return withWorkers(problem, problem.workers().stream().map(worker -> {
			if (!worker.id().equals(workerId) || worker.contractAllows(memberId)) {
				return worker;
			}
			List<String> members = new ArrayList<>(worker.contractMembers());
			members.add(memberId);
			return new ProblemDocument.Worker(worker.id(), worker.name(), worker.contractMinutes(), worker.maxMinutes(),
					worker.partTime(), worker.skills(), worker.home(), worker.availability(), worker.unavailable(),
					worker.preferredMembers(), worker.excludedMembers(), members, worker.contractAmendedOn());
		}).toList());
	}

	/**
	 * The copy where each of the member's requests asks for {@code percent} per cent fewer shifts (rounded to the
	 * nearest shift), its last ones dropped; at 100 the member asks for nothing. Pins of dropped shifts go too.
	 */
	static ProblemDocument withRequestsCut(ProblemDocument problem, String memberId, int percent) {
		List<ProblemDocument.Request> requests = new ArrayList<>();
		for (var request : problem.requests()) {
			int count = keptCount(request, memberId, percent);
			if (count == request.count()) {
				requests.add(request);
			} else if (count > 0) {
				requests.add(new ProblemDocument.Request(request.id(), request.member(), request.site(),
						request.skill(), request.durationMinutes(), count, request.windows(),
						request.startStepMinutes(), request.distinctDays(), request.priority()));
			}
		}
		var kept = requests.stream()
				.collect(Collectors.toMap(ProblemDocument.Request::id, ProblemDocument.Request::count));
		var pins = problem.pinned().stream().filter(pin -> pin.index() < kept.getOrDefault(pin.request(), 0)).toList();
		return new ProblemDocument(problem.weekStart(), problem.timeZone(), problem.travel(), problem.skills(),
				problem.members(), problem.workers(), requests, problem.history(), pins, problem.travelMinutes());
	}

	/** How many of the request's shifts the cut keeps: all of another member's. */
	static int keptCount(ProblemDocument.Request request, String memberId, int percent) {
		if (!request.member().equals(memberId)) {
			return request.count();
		}
		return request.count() - Math.round(request.count() * percent / 100f);
	}

}
