package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.model.PlanningRequest;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

/** The mapper offers each request only the workers who could take it, and always its pinned workers. */
class EligibleWorkersTest {

	private final WeekPlanSolutionMapper mapper = new WeekPlanSolutionMapper();

	@Test
	void eachRequestIsOfferedTheSkilledWorkersNeitherSideExcludes() {
		WeekPlanSolution solution = mapper.toSolution(SmallProblem.document());

		// w2 lacks bookkeeping and coaching, and m2 excludes w2; w3 excludes m1 and is on leave on Wednesday only.
		assertThat(eligible(solution)).containsExactlyInAnyOrderEntriesOf(Map.of("r1", List.of("w1"), "r2",
				List.of("w1", "w3"), "r3", List.of("w2", "w3"), "r4", List.of("w3"), "r5", List.of("w1")));
		ShiftAssignment shift = solution.getShifts().getFirst();
		assertThat(shift.getEligibleWorkerRange()).isSameAs(shift.getRequest().getEligibleWorkers());
	}

	@Test
	void aPinnedWorkerStaysInTheRangeEvenWhenTheyBreakARule() {
		ProblemDocument problem = SmallProblem.document();
		ProblemDocument pinnedToExcluded = new ProblemDocument(problem.weekStart(), problem.timeZone(),
				problem.travel(), problem.skills(), problem.members(), problem.workers(), problem.requests(),
				problem.history(), List.of(new ProblemDocument.Pin("r4", 0, "w2", SmallProblem.time(27, 8))),
				problem.travelMinutes());

		WeekPlanSolution solution = mapper.toSolution(pinnedToExcluded);

		assertThat(eligible(solution).get("r4")).containsExactly("w3", "w2");
	}

	@Test
	void aWorkerIsOfferedOnlyTheMembersTheirContractNames() {
		ProblemDocument problem = SmallProblem.document();
		// w3's contract names the town hall (m3) only: the sports club's requests (m2) are not offered to them
		List<ProblemDocument.Worker> workers = problem.workers().stream()
				.map(w -> !w.id().equals("w3")
						? w
						: new ProblemDocument.Worker(w.id(), w.name(), w.contractMinutes(), w.maxMinutes(),
								w.partTime(), w.skills(), w.home(), w.availability(), w.unavailable(),
								w.preferredMembers(), w.excludedMembers(), List.of("m3"), null))
				.toList();
		ProblemDocument contracted = new ProblemDocument(problem.weekStart(), problem.timeZone(), problem.travel(),
				problem.skills(), problem.members(), workers, problem.requests(), problem.history(), problem.pinned(),
				problem.travelMinutes());

		assertThat(eligible(mapper.toSolution(contracted)))
				.containsAllEntriesOf(Map.of("r2", List.of("w1"), "r3", List.of("w2", "w3"), "r4", List.of()));
	}

	private static Map<String, List<String>> eligible(WeekPlanSolution solution) {
		return solution.getRequests().stream().collect(Collectors.toMap(PlanningRequest::getId,
				request -> request.getEligibleWorkers().stream().map(PlanningWorker::getId).toList()));
	}

}
