package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import fr.mosaic.planning.PlanningService.JobState;

/**
 * The what-if analyses running in the background, one at a time on a thread of their own (each solves for seconds on a
 * processor; the others wait QUEUED), with the login of whoever started them, from submission until they end SOLVED,
 * FAILED or CANCELLED. A cancel stops the solve under way at once: its thread is interrupted. An ended job keeps only
 * its figures and the stored analysis' id.
 */
@Component
class WhatIfJobs implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WhatIfJobs.class);

	private final ExecutorService executor = Executors
			.newSingleThreadExecutor(Thread.ofPlatform().name("what-if").daemon().factory());

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	/**
	 * Queues an analysis; {@code work} hears its progress and returns the id of the analysis it stored.
	 *
	 * @return the job's id
	 */
	String start(WhatIfKind kind, LocalDate weekStart, ToLongFunction<Job> work) {
		var job = new Job(UUID.randomUUID().toString(), kind, weekStart);
		jobs.put(job.id, job);
		// the caller's login goes with the work: the weeks' plans are read as the coordinator reads them
		job.future = executor.submit(new DelegatingSecurityContextRunnable(() -> job.run(work)));
		return job.id;
	}

	Optional<AnalysisProgress> progress(String jobId) {
		return Optional.ofNullable(jobs.get(jobId)).map(Job::progress);
	}

	/** @return false when there is no such job */
	boolean cancel(String jobId) {
		var job = jobs.get(jobId);
		if (job == null) {
			return false;
		}
		job.cancel();
		return true;
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

	/** One analysis; its progress is read by screens while its thread writes it. */
	static final class Job implements Progress {

		private final String id;

		private final WhatIfKind kind;

		private final LocalDate weekStart;

		private volatile JobState state = JobState.QUEUED;

		private volatile int week;

		private volatile int weeks;

		private volatile int done;

		private volatile int total;

		private volatile @Nullable Long analysisId;

		private volatile @Nullable String error;

		private volatile boolean cancelled;

		private @Nullable Future<?> future;

		Job(String id, WhatIfKind kind, LocalDate weekStart) {
			this.id = id;
			this.kind = kind;
			this.weekStart = weekStart;
		}

		@Override
		public void week(int number, int count) {
			week = number;
			weeks = count;
		}

		@Override
		public void solved(int solvesDone, int solvesTotal) {
			done = solvesDone;
			total = solvesTotal;
		}

		private void run(ToLongFunction<Job> work) {
			if (cancelled) {
				return;
			}
			state = JobState.SOLVING;
			try {
				analysisId = work.applyAsLong(this);
				state = JobState.SOLVED;
			} catch (RuntimeException ex) {
				if (cancelled) {
					state = JobState.CANCELLED;
				} else {
					log.error("What-if {} of {} failed", kind, weekStart, ex);
					error = ex.getMessage();
					state = JobState.FAILED;
				}
			}
		}

		private synchronized void cancel() {
			if (state.finished()) {
				return;
			}
			cancelled = true;
			if (future != null) {
				future.cancel(true);
			}
			if (state == JobState.QUEUED) {
				state = JobState.CANCELLED;
			}
		}

		AnalysisProgress progress() {
			return new AnalysisProgress(id, kind, weekStart, state, week, weeks, done, total, analysisId, error);
		}

	}

}
