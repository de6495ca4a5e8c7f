package fr.mosaic.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import fr.mosaic.planning.PlanningService.Cancellation;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.planning.PlanningService.JobStatus;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * The solver's jobs from submission until their result is released: QUEUED while the solver manager for the week's size
 * has no free solver for them, SOLVING, then SOLVED, FAILED or CANCELLED (with why). A finished job's best plan is kept
 * for the retention time (a large week holds hundreds of megabytes), then released. A job ends at its time limit, or
 * earlier once its best plan has not improved for the unimproved limit. Times come from the clock. The solver manager's
 * threads hear a job's events with the security context of whoever started it, so a final plan is stored with their
 * rights.
 */
final class SolvingJobs {

	private static final Logger log = LoggerFactory.getLogger(SolvingJobs.class);

	/** How long a cancel waits for the solver's final plan to be handled: storing a large week takes seconds. */
	private static final Duration CANCEL_WAIT = Duration.ofSeconds(30);

	private final BySize<SolverManager<WeekPlanSolution, String>> solverManagers;

	private final Clock clock;

	private final Duration retention;

	private final IntFunction<Duration> unimprovedLimit;

	private final SecurityContextHolderStrategy securityContexts;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	// the order jobs were submitted in, which is the order each solver manager starts its own
	private final AtomicLong submissions = new AtomicLong();

	/**
	 * @param unimprovedLimit how long a job of a week of that many shifts goes on without a better plan before it ends
	 * @param securityContexts where method security finds the caller: the job's starter is taken from it
	 */
	SolvingJobs(BySize<SolverManager<WeekPlanSolution, String>> solverManagers, Clock clock, Duration retention,
			IntFunction<Duration> unimprovedLimit, SecurityContextHolderStrategy securityContexts) {
		this.solverManagers = solverManagers;
		this.clock = clock;
		this.retention = retention;
		this.unimprovedLimit = unimprovedLimit;
		this.securityContexts = securityContexts;
	}

	/**
	 * Queues a job; the listener hears every change of state and every better plan, {@code onSolved} gets the final
	 * plan of a job that ran (solved, or stopped while solving by a cancellation that keeps it) before the job says it
	 * has ended, and answers whether it kept that plan: false when a better one stood. A job whose {@code onSolved}
	 * throws ends FAILED.
	 *
	 * @throws IllegalStateException when a job of that id has not ended yet
	 */
	void start(String jobId, WeekPlanSolution problem, PlanNames names, Duration timeLimit,
			Consumer<JobStatus> listener, Predicate<WeekPlanSolution> onSolved) {
		var job = new Job(jobId, problem, names, listener, solverManagers.forShifts(problem.getShifts().size()));
		// Held until the solver manager knows the job, so that a cancel in between reaches the solver.
		synchronized (job) {
			jobs.compute(jobId, (id, existing) -> {
				if (existing != null && !existing.status().state().finished()) {
					throw new IllegalStateException("already solving " + jobId);
				}
				return job;
			});
			try {
				submit(job, problem, timeLimit, onSolved);
			} catch (RuntimeException ex) {
				jobs.remove(jobId, job); // never queued: it must not hold its id
				throw ex;
			}
		}
	}

	private void submit(Job job, WeekPlanSolution problem, Duration timeLimit, Predicate<WeekPlanSolution> onSolved) {
		var starter = new DelegatingSecurityContextExecutor(Runnable::run, securityContexts.getContext());
		starter.setSecurityContextHolderStrategy(securityContexts);
		job.solverManager.solveBuilder().withProblemId(job.id).withProblem(problem)
				.withConfigOverride(termination(timeLimit, unimprovedLimit.apply(problem.getShifts().size())))
				.withSolverJobStartedEventConsumer(event -> starter.execute(() -> job.started(clock.instant())))
				.withBestSolutionEventConsumer(event -> starter.execute(() -> job.improved(event.solution())))
				.withFinalBestSolutionEventConsumer(
						event -> starter.execute(() -> finish(job, event.solution(), onSolved)))
				.withExceptionHandler((id, error) -> starter.execute(() -> fail(job, error))).run();
	}

	/**
	 * Ends at the time limit, or when the best plan has not improved for the unimproved limit, whichever comes first.
	 */
	static SolverConfigOverride<WeekPlanSolution> termination(Duration timeLimit, Duration unimprovedLimit) {
		return new SolverConfigOverride<WeekPlanSolution>().withTerminationSpentLimit(timeLimit)
				.withTerminationUnimprovedSpentLimit(unimprovedLimit);
	}

	private void finish(Job job, WeekPlanSolution solution, Predicate<WeekPlanSolution> onSolved) {
		boolean kept;
		try {
			kept = !job.keepsFinalPlan() || onSolved.test(solution);
		} catch (RuntimeException ex) {
			// whatever was stored before stays: storing is one transaction
			fail(job, ex);
			return;
		}
		job.solved(solution, !kept, clock.instant());
	}

	private void fail(Job job, Throwable error) {
		log.error("Solving {} failed", job.id, error);
		job.failed(error, clock.instant());
	}

	Optional<JobStatus> status(String jobId) {
		return find(jobId).map(Job::status);
	}

	/** The best plan so far, the final one once solved, or the problem itself while queued. */
	Optional<WeekPlanSolution> best(String jobId) {
		return find(jobId).map(job -> job.best);
	}

	/** What the job's problem calls its workers, members and requests. */
	Optional<PlanNames> names(String jobId) {
		return find(jobId).map(job -> job.names);
	}

	/**
	 * Adds a listener to a job, which then hears its changes as the one given at the start does.
	 *
	 * @return what to run to stop listening, empty when there is no such job
	 */
	Optional<Runnable> subscribe(String jobId, Consumer<JobStatus> listener) {
		return find(jobId).map(job -> {
			job.listeners.add(listener);
			return () -> job.listeners.remove(listener);
		});
	}

	/**
	 * Stops a job: a queued one never starts and ends CANCELLED now; a running one stops and ends CANCELLED with its
	 * best plan so far as soon as the solver hands that plan over, given to {@code onSolved} only if the cancellation
	 * {@linkplain Cancellation#keepsPlan keeps it}. An ended job is left as it is. Returns once the solver has stopped.
	 *
	 * @return false when there is no such job
	 */
	boolean cancel(String jobId, Cancellation cancellation) {
		var job = find(jobId);
		if (job.isEmpty()) {
			return false;
		}
		job.get().cancelling(cancellation);
		// Not under the job's lock: terminating waits for the solver thread, whose handlers take it.
		job.get().solverManager.terminateEarly(jobId);
		job.get().cancelledInQueue(clock.instant());
		// the solver has stopped, but its final plan is handled on its own thread: the caller reads the job ended
		job.get().awaitEnd(CANCEL_WAIT);
		return true;
	}

	/** Releases the jobs that ended at least the retention time ago, even when nobody asks for a job. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
	void releaseEnded() {
		var cutoff = clock.instant().minus(retention);
		jobs.values().removeIf(job -> job.endedBy(cutoff));
	}

	private Optional<Job> find(String jobId) {
		releaseEnded();
		return Optional.ofNullable(jobs.get(jobId));
	}

	/** One job's state; a change is atomic and the listeners hear it outside the lock. */
	private final class Job {

		private final String id;

		// the manager for the week's size, whose queue the job waits in
		private final SolverManager<WeekPlanSolution, String> solverManager;

		private final List<Consumer<JobStatus>> listeners = new CopyOnWriteArrayList<>();

		private final PlanNames names;

		private final long submission = submissions.incrementAndGet();

		private final long requestedMinutes;

		private volatile WeekPlanSolution best;

		private long coveredMinutes;

		// also read without the lock, for other jobs' queue positions
		private volatile JobState state = JobState.QUEUED;

		private @Nullable Instant startedAt;

		// the final plan was not kept: the one stored before was better
		private boolean previousKept;

		// the first cancellation, unless a later one drops the plan the first would have kept
		private @Nullable Cancellation cancellation;

		private @Nullable String error;

		private @Nullable Instant endedAt;

		Job(String id, WeekPlanSolution problem, PlanNames names, Consumer<JobStatus> listener,
				SolverManager<WeekPlanSolution, String> solverManager) {
			this.id = id;
			this.solverManager = solverManager;
			this.best = problem;
			this.names = names;
			this.listeners.add(listener);
			this.requestedMinutes = problem.getShifts().stream().mapToLong(ShiftAssignment::getDurationMinutes).sum();
			this.coveredMinutes = coveredMinutes(problem);
		}

		void started(Instant now) {
			change(() -> {
				if (state != JobState.QUEUED || cancellation != null) {
					return false;
				}
				state = JobState.SOLVING;
				startedAt = now;
				return true;
			});
		}

		void improved(WeekPlanSolution solution) {
			change(() -> {
				setBest(solution);
				return true;
			});
		}

		private void setBest(WeekPlanSolution solution) {
			best = solution;
			coveredMinutes = coveredMinutes(solution);
		}

		private static long coveredMinutes(WeekPlanSolution solution) {
			return solution.getShifts().stream().filter(ShiftAssignment::isAssigned)
					.mapToLong(ShiftAssignment::getDurationMinutes).sum();
		}

		synchronized void cancelling(Cancellation why) {
			if (!state.finished() && (cancellation == null || cancellation.keepsPlan())) {
				cancellation = why;
			}
		}

		synchronized boolean keepsFinalPlan() {
			return cancellation == null || cancellation.keepsPlan();
		}

		/**
		 * Ends a job that ran with its final plan: SOLVED, or CANCELLED after a cancel.
		 *
		 * @param previousKept whether the plan stored before was kept, being better
		 */
		void solved(WeekPlanSolution solution, boolean previousKept, Instant now) {
			change(() -> {
				setBest(solution);
				this.previousKept = previousKept;
				return end(cancellation != null ? JobState.CANCELLED : JobState.SOLVED, now);
			});
		}

		/** Ends a job that never started; one that did ends with its final plan instead. */
		void cancelledInQueue(Instant now) {
			change(() -> state == JobState.QUEUED && end(JobState.CANCELLED, now));
		}

		void failed(Throwable failure, Instant now) {
			change(() -> {
				error = failure.getMessage();
				return end(JobState.FAILED, now);
			});
		}

		private boolean end(JobState finalState, Instant now) {
			state = finalState;
			endedAt = now;
			return true;
		}

		// An ended job changes no more.
		private void change(BooleanSupplier change) {
			synchronized (this) {
				if (state.finished() || !change.getAsBoolean()) {
					return;
				}
				if (state.finished()) {
					notifyAll();
				}
			}
			var status = status();
			for (var listener : listeners) {
				try {
					listener.accept(status);
				} catch (RuntimeException ex) {
					// a screen closed meanwhile must not fail the job
					log.warn("A listener of {} failed", id, ex);
				}
			}
		}

		/** Waits until the job has ended, at most {@code timeout}; an interrupt ends the wait. */
		synchronized void awaitEnd(Duration timeout) {
			var deadline = System.nanoTime() + timeout.toNanos();
			try {
				while (!state.finished()) {
					var left = deadline - System.nanoTime();
					if (left <= 0) {
						return;
					}
					TimeUnit.NANOSECONDS.timedWait(this, left);
				}
			} catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		synchronized boolean endedBy(Instant cutoff) {
			return endedAt != null && !endedAt.isAfter(cutoff);
		}

		synchronized JobStatus status() {
			var score = best.getScore();
			var elapsed = startedAt == null
					? null
					: Duration.between(startedAt, endedAt != null ? endedAt : clock.instant());
			return new JobStatus(id, best.getWeekStart(), state, score == null ? null : score.toString(),
					score != null && score.isFeasible(), error, state == JobState.CANCELLED ? cancellation : null,
					elapsed, coveredMinutes, requestedMinutes, state == JobState.QUEUED ? queuePosition() : 0,
					previousKept);
		}

		// 1 for the next job to start; jobs queued before this one for the same manager and still waiting come first
		private int queuePosition() {
			return 1 + (int) jobs.values().stream().filter(
					other -> other.solverManager == solverManager && other.submission < submission && other.queued())
					.count();
		}

		private boolean queued() {
			return state == JobState.QUEUED;
		}

	}

}
