package fr.mosaic.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.PlanStore;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemExporter;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.WeekPlanSolution;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the solver in the background: on a problem document (REST, command line) or on a stored week, whose best
 * plan is then stored as the week's draft. One job per id; a week's job id is the group and its ISO week.
 */
@Service
public class PlanningService {

	private static final Logger log = LoggerFactory.getLogger(PlanningService.class);

	private final SolverManager<WeekPlanSolution, String> solverManager;

	private final SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager;

	private final WeekPlanSolutionMapper mapper;

	private final ProblemExporter exporter;

	private final PlanStore planStore;

	private final PlanningProperties properties;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	PlanningService(SolverManager<WeekPlanSolution, String> solverManager,
			SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager, WeekPlanSolutionMapper mapper,
			ProblemExporter exporter, PlanStore planStore, PlanningProperties properties) {
		this.solverManager = solverManager;
		this.solutionManager = solutionManager;
		this.mapper = mapper;
		this.exporter = exporter;
		this.planStore = planStore;
		this.properties = properties;
	}

	/** Starts solving a problem document; returns the job id to ask for status and plan. */
	public String solve(ProblemDocument problem, @Nullable Duration timeLimit) {
		var jobId = UUID.randomUUID().toString();
		start(jobId, mapper.toSolution(problem), timeLimit, status -> {
		}, null);
		return jobId;
	}

	/**
	 * Plans a stored week from its requests and pins; progress goes to the listener, and the final plan is stored
	 * as the week's draft.
	 */
	public String solveWeek(LocalDate weekStart, @Nullable Duration timeLimit, Consumer<JobStatus> listener) {
		var jobId = weekJobId(weekStart);
		start(jobId, mapper.toSolution(exporter.exportWeek(weekStart)), timeLimit, listener,
				solved -> planStore.storeDraft(mapper.toPlan(solved)));
		return jobId;
	}

	public static String weekJobId(LocalDate weekStart) {
		return "mosaic-%d-W%02d".formatted(weekStart.get(IsoFields.WEEK_BASED_YEAR),
				weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private void start(String jobId, WeekPlanSolution problem, @Nullable Duration timeLimit,
			Consumer<JobStatus> listener, @Nullable Consumer<WeekPlanSolution> onFinal) {
		var existing = jobs.get(jobId);
		if (existing != null && existing.state == JobState.SOLVING) {
			throw new IllegalStateException("already solving " + jobId);
		}
		var job = new Job(jobId, problem, listener);
		jobs.put(jobId, job);
		solverManager.solveBuilder()
			.withProblemId(jobId)
			.withProblem(problem)
			.withConfigOverride(
					new SolverConfigOverride<WeekPlanSolution>().withTerminationSpentLimit(properties.limit(timeLimit)))
			.withBestSolutionEventConsumer(event -> job.update(event.solution(), JobState.SOLVING))
			.withFinalBestSolutionEventConsumer(event -> {
				if (onFinal != null) {
					onFinal.accept(event.solution());
				}
				job.update(event.solution(), JobState.DONE);
			})
			.withExceptionHandler((id, error) -> {
				log.error("Solving {} failed", id, error);
				job.fail(error);
			})
			.run();
	}

	public Optional<JobStatus> status(String jobId) {
		return Optional.ofNullable(jobs.get(jobId)).map(Job::status);
	}

	/** The best plan so far (or the final one), with reasons in the given locale. */
	public Optional<PlanDocument> plan(String jobId, Locale locale) {
		return Optional.ofNullable(jobs.get(jobId)).map(job -> mapper.toPlan(job.best, locale));
	}

	public void stop(String jobId) {
		solverManager.terminateEarly(jobId);
	}

	/** The week's stored plan as a full plan document, its score and summaries recomputed. */
	public Optional<PlanDocument> exportPlan(LocalDate weekStart, Locale locale) {
		return review(weekStart, locale).map(WeekReview::plan);
	}

	/**
	 * The week's stored plan with what it is read against: the week's problem, the plan with its reasons, and its
	 * score broken down by rule, worker and member, all from one rebuilt solution.
	 */
	public Optional<WeekReview> review(LocalDate weekStart, Locale locale) {
		return planStore.find(weekStart).map(stored -> {
			var problem = exporter.exportWeek(weekStart);
			var solution = mapper.toSolution(problem);
			var workers = solution.getWorkers()
				.stream()
				.collect(Collectors.toMap(PlanningWorker::getId, Function.identity()));
			var shifts = stored.shifts()
				.stream()
				.collect(Collectors.toMap(s -> s.request() + "#" + s.index(), Function.identity()));
			for (var assignment : solution.getShifts()) {
				var shift = shifts.get(assignment.getId());
				if (shift != null && shift.covered()) {
					assignment.setWorker(workers.get(shift.worker()));
					assignment.setStart(WeekPlanSolutionMapper.minuteOf(solution, shift.start()));
				}
			}
			var explanation = PlanExplanation.of(solutionManager.analyze(solution));
			return new WeekReview(problem, mapper.toPlan(solution, locale), explanation);
		});
	}

	/** A stored week as the coordinator reviews it. */
	public record WeekReview(ProblemDocument problem, PlanDocument plan, PlanExplanation explanation) {
	}

	public enum JobState {

		SOLVING, DONE, FAILED

	}

	/** Where a job stands: its best score so far, and the error if it failed. */
	public record JobStatus(String jobId, LocalDate weekStart, JobState state, @Nullable String score,
			boolean feasible, @Nullable String error) {
	}

	private static final class Job {

		private final String id;

		private final Consumer<JobStatus> listener;

		private volatile WeekPlanSolution best;

		private volatile JobState state = JobState.SOLVING;

		private volatile @Nullable String error;

		Job(String id, WeekPlanSolution problem, Consumer<JobStatus> listener) {
			this.id = id;
			this.best = problem;
			this.listener = listener;
		}

		void update(WeekPlanSolution solution, JobState newState) {
			best = solution;
			state = newState;
			listener.accept(status());
		}

		void fail(Throwable failure) {
			error = failure.getMessage();
			state = JobState.FAILED;
			listener.accept(status());
		}

		JobStatus status() {
			var score = best.getScore();
			return new JobStatus(id, best.getWeekStart(), state, score == null ? null : score.toString(),
					score != null && score.isFeasible(), error);
		}

	}

}
