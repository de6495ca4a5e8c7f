package fr.mosaic.planning;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import fr.mosaic.base.RefusedException;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.security.Access;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * The coordinator's hand on a week's draft: the workers the solver recommends for a shift, assigning, reassigning or
 * unassigning it, pinning it. A change that breaks a legal rule is refused with the rules named, or kept on an explicit
 * override that stays marked on the board and in exports, and leaves the plan unpublishable until it is resolved. A
 * week being solved or published is not edited.
 */
@PreAuthorize(Access.COORDINATORS)
@Service
public class ShiftEditing {

	private final StoredWeeks storedWeeks;

	private final PlanStore planStore;

	private final WeekPlanService weekPlans;

	private final SolvingJobs jobs;

	private final SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager;

	private final WeekPlanSolutionMapper mapper;

	ShiftEditing(StoredWeeks storedWeeks, PlanStore planStore, WeekPlanService weekPlans, SolvingJobs jobs,
			WeekPlanSolutionMapper mapper) {
		this.storedWeeks = storedWeeks;
		this.planStore = planStore;
		this.weekPlans = weekPlans;
		this.jobs = jobs;
		// not the application's solution manager: recommendations need a construction heuristic phase of Timefold's
		this.solutionManager = SolutionManager.create(WeekSolver.recommendationFactoryFromClasspath());
		this.mapper = mapper;
	}

	/**
	 * The workers who could take the shift, best first as the solver ranks them (Timefold's assignment recommendation
	 * over every eligible worker and allowed start), each at their best start, with what it would change. The shift's
	 * current worker, if any, is among them.
	 *
	 * @throws RefusedException when the week has no draft to edit, is published or is being solved
	 * @throws InvalidWeekException when the stored week breaks a rule of the interchange format
	 * @throws IllegalArgumentException when the week has no such shift
	 */
	@Transactional(readOnly = true)
	public List<Recommendation> recommend(LocalDate weekStart, ShiftKey key) {
		var week = editable(weekStart);
		var shift = week.shift(key);
		var current = shift.isAssigned() ? shift.getWorker() : null;
		var gained = current == null ? shift.getDurationMinutes() : 0;
		shift.setPinned(false);
		shift.setWorker(null);
		shift.setStart(null);
		var recommended = solutionManager.recommendAssignment(week.solution(), shift,
				s -> new Choice(s.getWorker(), s.getStart()), ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
		Set<PlanningWorker> seen = new HashSet<>();
		List<Recommendation> recommendations = new ArrayList<>();
		for (var recommendation : recommended) {
			var choice = recommendation.proposition();
			if (choice.worker() == null || choice.start() == null || !seen.add(choice.worker())) {
				continue; // the solver's best start for each worker is enough
			}
			var worker = choice.worker();
			var diff = recommendation.scoreAnalysisDiff();
			var calendar = week.solution().getCalendar();
			recommendations.add(new Recommendation(worker.getId(), week.names().worker(worker.getId()), choice.start(),
					calendar.timeOf(choice.start()), calendar.timeOf(choice.start() + shift.getDurationMinutes()),
					scheduledMinutes(week.solution(), worker) + shift.getDurationMinutes(), worker.getContractMinutes(),
					gained, rules(diff, true), rules(diff, false), worker.equals(current)));
		}
		return recommendations;
	}

	/**
	 * Gives the shift to the worker at the start (elapsed minutes of the week), or takes it from whoever has it when
	 * {@code workerId} is null, and stores the draft rescored. A change that breaks a legal rule the plan kept is
	 * refused, unless {@code override}: then the shift is kept, pinned and marked as overridden.
	 *
	 * @throws RuleBrokenException when the change breaks a legal rule and there is no override; nothing is stored
	 * @throws RefusedException when the week has no draft to edit, is published or is being solved
	 * @throws IllegalArgumentException when the week has no such shift, or the worker cannot take it at that start
	 *         (lacks the skill, is excluded, or the start is not one the request allows)
	 */
	@Transactional
	public void assign(LocalDate weekStart, ShiftKey key, @Nullable String workerId, @Nullable Integer start,
			boolean override) {
		var week = editable(weekStart);
		var shift = week.shift(key);
		var before = solutionManager.analyze(week.solution(), ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
		if (workerId == null) {
			shift.setWorker(null);
		} else {
			var worker = shift.getEligibleWorkerRange().stream().filter(w -> w.getId().equals(workerId)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException(workerId + " cannot take " + key));
			if (start == null || !shift.getStartRange().contains(start)) {
				throw new IllegalArgumentException(key + " cannot start at minute " + start);
			}
			shift.setWorker(worker);
			shift.setStart(start);
		}
		var broken = rules(
				solutionManager.analyze(week.solution(), ScoreAnalysisFetchPolicy.FETCH_SHALLOW).diff(before), true);
		if (!broken.isEmpty() && !override) {
			throw new RuleBrokenException(key, broken);
		}
		planStore.storeDraft(mapper.toPlan(week.solution(), week.names(), Locale.ROOT),
				broken.isEmpty() ? Set.of() : Set.of(key));
	}

	/**
	 * Pins a covered shift, so that solving again keeps its worker and start, or unpins it.
	 *
	 * @throws RefusedException when the week has no draft to edit, is published or is being solved, or the shift to pin
	 *         is uncovered
	 * @throws IllegalArgumentException when the week has no such shift
	 */
	@Transactional
	public void pin(LocalDate weekStart, ShiftKey key, boolean pinned) {
		requireEditable(weekStart);
		weekPlans.pin(weekStart, key.request(), key.index(), pinned);
	}

	private void requireEditable(LocalDate weekStart) {
		if (jobs.status(PlanningService.weekJobId(weekStart)).filter(job -> !job.state().finished()).isPresent()) {
			throw new RefusedException("planning.edit.solving");
		}
		if (weekPlans.isPublished(weekStart)) {
			throw new RefusedException("planning.edit.published");
		}
	}

	private EditedWeek editable(LocalDate weekStart) {
		requireEditable(weekStart);
		var stored = planStore.find(weekStart).orElseThrow(() -> new RefusedException("planning.edit.noPlan"));
		var problem = storedWeeks.checkedWeek(weekStart);
		var solution = storedWeeks.withStored(problem, stored);
		// a recommendation is made on a plan whose other shifts all have a start: an uncovered one takes any it allows
		solution.getShifts().stream().filter(s -> s.getStart() == null && !s.getStartRange().isEmpty())
				.forEach(s -> s.setStart(s.getStartRange().getFirst()));
		return new EditedWeek(solution, PlanNames.of(problem));
	}

	private static int scheduledMinutes(WeekPlanSolution solution, PlanningWorker worker) {
		return solution.getShifts().stream().filter(s -> s.isAssigned() && worker.equals(s.getWorker()))
				.mapToInt(ShiftAssignment::getDurationMinutes).sum();
	}

	/** The rules a change makes worse: the legal (hard) ones, or the others. */
	private static List<String> rules(ScoreAnalysis<HardMediumSoftLongScore> diff, boolean legal) {
		return diff.constraintAnalyses().stream().filter(rule -> {
			var score = rule.score();
			return legal ? score.hardScore() < 0 : score.hardScore() == 0 && score.compareTo(score.zero()) < 0;
		}).map(ConstraintAnalysis::constraintName).toList();
	}

	private record EditedWeek(WeekPlanSolution solution, PlanNames names) {

		ShiftAssignment shift(ShiftKey key) {
			var id = key.toString();
			return solution.getShifts().stream().filter(s -> s.getId().equals(id)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no shift " + key));
		}

	}

	private record Choice(@Nullable PlanningWorker worker, @Nullable Integer start) {
	}

	/**
	 * A worker the solver recommends for a shift, and what taking it would change.
	 *
	 * @param start elapsed minutes of the week, to give back to {@link ShiftEditing#assign}
	 * @param startTime the start on the group's clock
	 * @param endTime the end: the start plus the shift's duration in elapsed minutes
	 * @param scheduledMinutes the worker's shift minutes in the week with this one
	 * @param contractMinutes the worker's weekly contract
	 * @param coveredMinutesGained the minutes of requests this covers that were uncovered: the whole shift if it was
	 * @param brokenRules the legal rules it would break, by constraint name; taking it needs an override
	 * @param costs the other rules it makes worse (coverage, preferences), by constraint name
	 * @param current whether the worker has the shift now
	 */
	public record Recommendation(String workerId, String worker, int start, ZonedDateTime startTime,
			ZonedDateTime endTime, int scheduledMinutes, int contractMinutes, int coveredMinutesGained,
			List<String> brokenRules, List<String> costs, boolean current) {
	}

	/** A manual change refused because it breaks legal rules; an override may keep it. */
	public static final class RuleBrokenException extends RuntimeException {

		private final ShiftKey shift;

		private final List<String> rules;

		RuleBrokenException(ShiftKey shift, List<String> rules) {
			super(shift + " would break " + rules);
			this.shift = shift;
			this.rules = List.copyOf(rules);
		}

		public ShiftKey shift() {
			return shift;
		}

		/** The rules broken, by constraint name: {@link PlanningMessage#rule} names them. */
		public List<String> rules() {
			return rules;
		}

	}

}
