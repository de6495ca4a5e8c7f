package fr.mosaic.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.planning.model.WeekPlanSolution;
import fr.mosaic.security.Access;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanPublished;

/**
 * Runs the solver in the background: on a problem document (REST, command line) or on a stored week, whose best plan is
 * then stored as the week's draft. One job per id; a week's job id is the group and its ISO week. A job's result is
 * kept for {@code mosaic.planning.job-retention} after it ends, then released.
 */
@PreAuthorize(Access.COORDINATORS)
@Service
public class PlanningService {

	private final SolvingJobs jobs;

	private final SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager;

	private final WeekPlanSolutionMapper mapper;

	private final StoredWeeks storedWeeks;

	private final PlanStore planStore;

	private final PlanningProperties properties;

	PlanningService(SolvingJobs jobs, SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager,
			WeekPlanSolutionMapper mapper, StoredWeeks storedWeeks, PlanStore planStore,
			PlanningProperties properties) {
		this.jobs = jobs;
		this.solutionManager = solutionManager;
		this.mapper = mapper;
		this.storedWeeks = storedWeeks;
		this.planStore = planStore;
		this.properties = properties;
	}

	/**
	 * Queues a problem document for solving; returns the job id to ask for status and plan.
	 *
	 * @param timeLimit null for the default
	 * @throws IllegalArgumentException when the time limit is not {@linkplain PlanningProperties#allows allowed}
	 */
	public String solve(ProblemDocument problem, @Nullable Duration timeLimit) {
		var jobId = UUID.randomUUID().toString();
		jobs.start(jobId, mapper.toSolution(problem), PlanNames.of(problem), properties.limit(timeLimit), status -> {
		}, solved -> true);
		return jobId;
	}

	/**
	 * Queues a stored week for planning from its requests and pins, starting from its draft (a reopened week's draft is
	 * what was published, and each change from it costs); each change of state and each better plan goes to the
	 * listener. The final plan, also of a run stopped early, is stored as the week's draft unless the draft stored then
	 * scores better; only then, at the end, so that a restart meanwhile leaves the draft.
	 *
	 * @param timeLimit null for the default
	 * @throws InvalidWeekException when the stored week breaks a rule of the interchange format; nothing is queued
	 * @throws IllegalStateException when the week is being planned already; that job goes on
	 * @throws IllegalArgumentException when the time limit is not {@linkplain PlanningProperties#allows allowed}
	 */
	public String solveWeek(LocalDate weekStart, @Nullable Duration timeLimit, Consumer<JobStatus> listener) {
		var jobId = weekJobId(weekStart);
		var problem = storedWeeks.checkedWeek(weekStart);
		var names = PlanNames.of(problem);
		var start = mapper.toSolution(problem);
		planStore.find(weekStart).ifPresent(draft -> {
			WeekPlanSolutionMapper.markPublished(start, draft.published());
			WeekPlanSolutionMapper.startFrom(start, draft.shifts());
		});
		jobs.start(jobId, start, names, properties.limit(timeLimit), listener,
				solved -> storeUnlessWorse(problem, names, solved));
		return jobId;
	}

	/**
	 * Stores a week's final plan as its draft unless the draft stored now is better, scored on the same problem: a
	 * stopped or short run never replaces a better draft, and a draft stored meanwhile (an import) is weighed too.
	 *
	 * @return whether the plan was stored
	 */
	boolean storeUnlessWorse(ProblemDocument problem, PlanNames names, WeekPlanSolution solved) {
		var stored = planStore.find(problem.weekStart());
		if (stored.isPresent()) {
			var storedScore = solutionManager.update(storedWeeks.withStored(problem, stored.get()));
			if (Objects.requireNonNull(solved.getScore()).compareTo(storedScore) < 0) {
				return false;
			}
		}
		planStore.storeDraft(mapper.toPlan(solved, names, Locale.ROOT));
		return true;
	}

	/**
	 * The stored week as a problem, checked as an imported file is.
	 *
	 * @throws InvalidWeekException with every error found
	 */
	public ProblemDocument week(LocalDate weekStart) {
		return storedWeeks.checkedWeek(weekStart);
	}

	public static String weekJobId(LocalDate weekStart) {
		return "mosaic-%d-W%02d".formatted(weekStart.get(IsoFields.WEEK_BASED_YEAR),
				weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** Empty when there is no such job, or its result was released. */
	public Optional<JobStatus> status(String jobId) {
		return jobs.status(jobId);
	}

	/**
	 * Listens to a job started by anyone, as a second coordinator's screen follows the week another one is planning.
	 *
	 * @return what to run to stop listening; empty when there is no such job
	 */
	public Optional<Runnable> subscribe(String jobId, Consumer<JobStatus> listener) {
		return jobs.subscribe(jobId, listener);
	}

	/**
	 * What a job's best plan so far means, in words; empty until the solver has placed every shift. The plan is read,
	 * not changed: others may be reading it too.
	 */
	public Optional<PlanSummary> summary(String jobId) {
		return jobs.best(jobId)
				.filter(best -> best.getScore() != null
						&& best.getShifts().stream().allMatch(shift -> shift.getStart() != null))
				.map(best -> PlanSummary.of(PlanExplanation.of(solutionManager.analyze(best,
						ScoreAnalysisFetchPolicy.FETCH_ALL, SolutionUpdatePolicy.NO_UPDATE))));
	}

	/** The best plan so far (or the final one), with reasons in the given locale. */
	public Optional<PlanDocument> plan(String jobId, Locale locale) {
		return jobs.best(jobId).map(best -> mapper.toPlan(best, jobs.names(jobId).orElse(PlanNames.IDS), locale));
	}

	/**
	 * Cancels a job: a queued one never starts, a running one stops with its best plan so far (a week's is stored as
	 * its draft); either ends CANCELLED.
	 *
	 * @return false when there is no such job
	 */
	public boolean stop(String jobId) {
		return jobs.cancel(jobId, Cancellation.ON_REQUEST);
	}

	/**
	 * A week published while it is being planned: its job, running or queued, stops and ends CANCELLED because of the
	 * publication, and its plan is not stored over the published one. Heard after the publication commits, so a
	 * publication rolled back leaves the job running; on the publisher's thread, with their login, and returns once the
	 * solver has stopped, so the publisher's screen already sees the job ended.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	public void on(WeekPlanPublished published) {
		jobs.cancel(weekJobId(published.weekStart()), Cancellation.WEEK_PUBLISHED);
	}

	/**
	 * The week's stored plan as a full plan document, its score and summaries recomputed.
	 *
	 * @throws InvalidWeekException when the stored week breaks a rule of the interchange format
	 */
	public Optional<PlanDocument> exportPlan(LocalDate weekStart, Locale locale) {
		return review(weekStart, locale).map(WeekReview::plan);
	}

	/**
	 * The week's stored plan with what it is read against: the week's problem, the plan with its reasons, and its score
	 * broken down by rule, worker and member, all from one rebuilt solution.
	 *
	 * @throws InvalidWeekException when the week has a stored plan and breaks a rule of the interchange format
	 */
	public Optional<WeekReview> review(LocalDate weekStart, Locale locale) {
		return planStore.find(weekStart).map(stored -> {
			var problem = storedWeeks.checkedWeek(weekStart);
			var solution = storedWeeks.withStored(problem, stored);
			var explanation = PlanExplanation.of(solutionManager.analyze(solution));
			var plan = overridesNamed(mapper.toPlan(solution, PlanNames.of(problem), locale), stored.overridden(),
					explanation, locale);
			return new WeekReview(problem, plan, explanation,
					stored.published().isEmpty() ? List.of() : PlanChanges.between(stored.published(), plan.shifts()),
					stored.overridden());
		});
	}

	/**
	 * The week's stored plan with its problem, for figures over many weeks: the plan's shifts and summaries as
	 * {@link #review} gives them, its score recomputed, without the score's breakdown nor reasons for the uncovered
	 * shifts (null), which take most of a review's time on a large group.
	 *
	 * @throws InvalidWeekException when the week has a stored plan and breaks a rule of the interchange format
	 */
	public Optional<WeekPlanDocuments> storedPlan(LocalDate weekStart) {
		return planStore.find(weekStart).map(stored -> {
			var problem = storedWeeks.checkedWeek(weekStart);
			var solution = storedWeeks.withStored(problem, stored);
			solutionManager.update(solution);
			return new WeekPlanDocuments(problem, mapper.toPlanWithoutReasons(solution));
		});
	}

	/** A stored week's problem and plan. */
	public record WeekPlanDocuments(ProblemDocument problem, PlanDocument plan) {
	}

	/**
	 * An overridden shift says so in the plan, exports included, as the reason of a covered shift: « Affectation
	 * maintenue par le coordinateur malgré : … ».
	 */
	private static PlanDocument overridesNamed(PlanDocument plan, Set<ShiftKey> overridden, PlanExplanation explanation,
			Locale locale) {
		if (overridden.isEmpty()) {
			return plan;
		}
		var broken = explanation.hardRulesBy("shiftId");
		var shifts = plan.shifts().stream().map(shift -> {
			var key = new ShiftKey(shift.request(), shift.index());
			if (!shift.covered() || !overridden.contains(key)) {
				return shift;
			}
			var rules = broken.getOrDefault(key.toString(), List.of()).stream().map(PlanningMessage::rule).toList();
			return new PlanDocument.Shift(shift.request(), shift.index(), shift.worker(), shift.start(), shift.end(),
					shift.pinned(), PlanningMessage.of("planning.override.reason", rules).render(locale));
		}).toList();
		return new PlanDocument(plan.weekStart(), plan.score(), plan.feasible(), shifts, plan.workers(),
				plan.members());
	}

	/**
	 * A stored week as the coordinator reviews it.
	 *
	 * @param changes of a reopened week, what its plan changes against the published one; empty for any other week
	 * @param overridden the shifts the coordinator assigned against a legal rule, knowingly
	 */
	public record WeekReview(ProblemDocument problem, PlanDocument plan, PlanExplanation explanation,
			List<PlanChanges.Change> changes, Set<ShiftKey> overridden) {
	}

	/** QUEUED until a solver is free, SOLVING, then one of the three final states. */
	public enum JobState {

		QUEUED, SOLVING, SOLVED, FAILED, CANCELLED;

		public boolean finished() {
			return this == SOLVED || this == FAILED || this == CANCELLED;
		}

	}

	/** Why a job ended CANCELLED. */
	public enum Cancellation {

		/** Stopped by whoever planned: the best plan so far is kept, a week's stored as its draft. */
		ON_REQUEST,

		/** Its week was published meanwhile: the published plan stands, the job's plan is not stored. */
		WEEK_PUBLISHED;

		/** Whether the job's final plan is still stored. */
		public boolean keepsPlan() {
			return this == ON_REQUEST;
		}

	}

	/**
	 * Where a job stands: its best score so far, the error if it failed, and why it was cancelled if it was.
	 *
	 * @param elapsed solving time so far, or until the job ended; null while queued or cancelled in the queue
	 * @param coveredMinutes requested minutes the best plan so far gives a worker
	 * @param requestedMinutes minutes of all the week's requested shifts
	 * @param queuePosition 1 for the next queued job to start, 0 once it is not queued
	 * @param previousKept whether the job ended without storing its plan because the week's stored draft was better
	 */
	public record JobStatus(String jobId, LocalDate weekStart, JobState state, @Nullable String score, boolean feasible,
			@Nullable String error, @Nullable Cancellation cancellation, @Nullable Duration elapsed,
			long coveredMinutes, long requestedMinutes, int queuePosition, boolean previousKept) {
	}

}
