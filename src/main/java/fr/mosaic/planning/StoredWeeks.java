package fr.mosaic.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.mosaic.interchange.ProblemChecker;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemSource;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.weekplan.PlanStore.StoredPlan;

/** A stored week read back for the solver: its problem checked, and its stored plan as a solution to score or edit. */
@Component
class StoredWeeks {

	private final ProblemSource problems;

	private final WeekPlanSolutionMapper mapper;

	StoredWeeks(ProblemSource problems, WeekPlanSolutionMapper mapper) {
		this.problems = problems;
		this.mapper = mapper;
	}

	/**
	 * The stored week as a problem, checked as an imported file is: data stored before a rule held (a window at a time
	 * the clocks skip) is named, request and time, instead of failing the solver's mapping.
	 *
	 * @throws InvalidWeekException with every error found
	 */
	ProblemDocument checkedWeek(LocalDate weekStart) {
		var problem = problems.exportWeek(weekStart);
		var errors = ProblemChecker.check(problem);
		if (!errors.isEmpty()) {
			throw new InvalidWeekException(problem, errors);
		}
		return problem;
	}

	/** The problem with the stored plan's shifts, each kept even where it now breaks a rule, to be scored. */
	WeekPlanSolution withStored(ProblemDocument problem, StoredPlan stored) {
		var solution = mapper.toSolution(problem);
		var workers = solution.getWorkers().stream()
				.collect(Collectors.toMap(PlanningWorker::getId, Function.identity()));
		var shifts = stored.shifts().stream()
				.collect(Collectors.toMap(s -> new ShiftKey(s.request(), s.index()).toString(), Function.identity()));
		for (var assignment : solution.getShifts()) {
			var shift = shifts.get(assignment.getId());
			if (shift != null && shift.covered()) {
				keepStored(assignment, workers.get(shift.worker()),
						WeekPlanSolutionMapper.minuteOf(solution, shift.start()));
			}
		}
		WeekPlanSolutionMapper.markPublished(solution, stored.published());
		return solution;
	}

	// The register may have changed since the plan was stored: a worker who can no longer take the shift, or a start
	// its request's windows no longer allow, is kept and scored as the breach it now is rather than refused.
	private static void keepStored(ShiftAssignment assignment, @Nullable PlanningWorker worker, int start) {
		if (worker == null) {
			return;
		}
		var request = assignment.getRequest();
		if (!request.getEligibleWorkers().contains(worker)) {
			var eligible = new ArrayList<>(request.getEligibleWorkers());
			eligible.add(worker);
			request.setEligibleWorkers(eligible);
		}
		request.admitStartOutsideWindows(start);
		assignment.setWorker(worker);
		assignment.setStart(start);
	}

}
