package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.planning.PlanningService.Cancellation;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.planning.PlanningService.JobStatus;
import fr.mosaic.planning.model.WeekPlanSolution;

/** Jobs on the real solver with one solver for all: a second job waits, cancels end it, results are released. */
class SolvingJobsTest {

	static final Duration RETENTION = Duration.ofMinutes(10);

	static final Duration LONG = Duration.ofMinutes(5);

	final SettableClock clock = new SettableClock(Instant.parse("2026-11-20T09:00:00Z"));

	final SolverManager<WeekPlanSolution, String> solverManager = SolverManager.create(
			WeekSolver.solverFactoriesFromClasspath().smallWeeks(),
			new SolverManagerConfig().withParallelSolverCount("1"));

	final SolvingJobs jobs = new SolvingJobs(BySize.same(solverManager), clock, RETENTION, shifts -> LONG,
			SecurityContextHolder.getContextHolderStrategy());

	final List<WeekPlanSolution> solved = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeSolver() {
		solverManager.close();
	}

	@Test
	void aSecondJobWaitsQueuedAndCancelledThereNeverSolves() {
		var running = new CopyOnWriteArrayList<JobState>();
		var waiting = new CopyOnWriteArrayList<JobState>();
		start("running", LONG, running);
		start("waiting", LONG, waiting);
		await().until(() -> state("running") == JobState.SOLVING);
		assertThat(state("waiting")).isEqualTo(JobState.QUEUED);
		assertThat(jobs.status("waiting").orElseThrow().queuePosition()).as("next to start").isEqualTo(1);
		assertThat(jobs.status("waiting").orElseThrow().elapsed()).isNull();
		assertThat(jobs.status("running").orElseThrow().queuePosition()).isZero();

		assertThat(jobs.cancel("waiting", Cancellation.ON_REQUEST)).isTrue();

		assertThat(state("waiting")).isEqualTo(JobState.CANCELLED);
		assertThat(waiting).containsExactly(JobState.CANCELLED);
		assertThat(jobs.best("waiting").orElseThrow().getScore()).isNull();
		assertThat(state("running")).isEqualTo(JobState.SOLVING);

		assertThat(jobs.cancel("running", Cancellation.ON_REQUEST)).isTrue();

		await().until(() -> state("running") == JobState.CANCELLED);
		assertThat(running).startsWith(JobState.SOLVING).endsWith(JobState.CANCELLED).doesNotContain(JobState.SOLVED);
		assertThat(jobs.status("running").orElseThrow().score()).isNotNull();
		assertThat(jobs.status("running").orElseThrow().cancellation()).isEqualTo(Cancellation.ON_REQUEST);
		assertThat(solved).as("only the job that ran hands over a plan").hasSize(1);
	}

	@Test
	void aJobCancelledByItsWeeksPublicationHandsOverNoPlan() {
		start("week", LONG, new CopyOnWriteArrayList<>());
		await().until(() -> state("week") == JobState.SOLVING);

		jobs.cancel("week", Cancellation.WEEK_PUBLISHED);

		await().until(() -> state("week") == JobState.CANCELLED);
		assertThat(jobs.status("week").orElseThrow().cancellation()).isEqualTo(Cancellation.WEEK_PUBLISHED);
		assertThat(solved).isEmpty();
	}

	@Test
	void aSmallWeekNeverWaitsBehindALargerOneAndEachSizeQueuesOnItsOwn() {
		try (SolverManager<WeekPlanSolution, String> largerWeeks = SolverManager.create(
				WeekSolver.solverFactoriesFromClasspath().largerWeeks(),
				new SolverManagerConfig().withParallelSolverCount("1"))) {
			var bySize = new SolvingJobs(new BySize<>(solverManager, largerWeeks), clock, RETENTION, shifts -> LONG,
					SecurityContextHolder.getContextHolderStrategy());
			var large = new ProblemGenerator().generate(ProblemSize.M, LocalDate.of(2026, 11, 23), 0, 1.0);
			assertThat(new WeekPlanSolutionMapper().toSolution(large).getShifts())
					.hasSizeGreaterThanOrEqualTo(BySize.SMALL_WEEK_SHIFTS);
			// each job solves its own copy: the solver changes the plan it is given
			for (String jobId : List.of("large", "small", "next small", "next large")) {
				var problem = jobId.endsWith("large") ? large : SmallProblem.document();
				bySize.start(jobId, new WeekPlanSolutionMapper().toSolution(problem), PlanNames.IDS, LONG, status -> {
				}, solved::add);
			}

			await().until(() -> bySize.status("small").orElseThrow().state() == JobState.SOLVING);
			assertThat(bySize.status("large").orElseThrow().state()).isEqualTo(JobState.SOLVING);
			assertThat(bySize.status("next small").orElseThrow().queuePosition()).isEqualTo(1);
			assertThat(bySize.status("next large").orElseThrow().queuePosition())
					.as("the small week queued before it waits for another solver").isEqualTo(1);

			for (String jobId : List.of("next large", "next small", "large", "small")) {
				bySize.cancel(jobId, Cancellation.ON_REQUEST);
				assertThat(bySize.status(jobId).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
			}
		}
	}

	@Test
	void aJobThatRunsOutOfTimeEndsSolvedWithItsFinalPlan() {
		var heard = new CopyOnWriteArrayList<JobState>();
		start("short", Duration.ofSeconds(1), heard);

		await().until(() -> state("short") == JobState.SOLVED);

		assertThat(heard).first().isEqualTo(JobState.SOLVING);
		assertThat(solved).singleElement().isSameAs(jobs.best("short").orElseThrow());
		assertThat(jobs.status("short").orElseThrow().score()).isNotNull();
		assertThat(jobs.cancel("short", Cancellation.ON_REQUEST)).as("an ended job is found, and left as it is")
				.isTrue();
		assertThat(state("short")).isEqualTo(JobState.SOLVED);
		assertThat(jobs.cancel("unknown", Cancellation.ON_REQUEST)).isFalse();
	}

	@Test
	void anEndedJobIsKeptForTheRetentionTimeThenReleased() {
		start("short", Duration.ofSeconds(1), new CopyOnWriteArrayList<>());
		await().until(() -> state("short") == JobState.SOLVED);
		start("long", LONG, new CopyOnWriteArrayList<>());

		clock.advance(RETENTION.minusSeconds(1));
		jobs.releaseEnded();
		assertThat(jobs.status("short")).isPresent();

		clock.advance(Duration.ofSeconds(1));
		jobs.releaseEnded();
		assertThat(jobs.status("short")).isEmpty();
		assertThat(jobs.best("short")).isEmpty();
		assertThat(jobs.status("long")).as("a job that has not ended is never released").isPresent();
		jobs.cancel("long", Cancellation.ON_REQUEST);
	}

	@Test
	void aJobIdInUseIsRefusedUntilItsJobEnds() {
		start("week", LONG, new CopyOnWriteArrayList<>());

		var refused = catchThrowableOfType(IllegalStateException.class, () -> start("week", LONG, List.of()));

		assertThat(refused).hasMessage("already solving week");
		jobs.cancel("week", Cancellation.ON_REQUEST);
		// a job stopped while solving ends once the solver hands over its plan
		await().until(() -> state("week").finished());
		start("week", Duration.ofSeconds(1), new CopyOnWriteArrayList<>());
		await().until(() -> state("week") == JobState.SOLVED);
	}

	@Test
	void aJobTheSolverManagerRefusesIsNotKept() {
		// The id is the solver manager's already, as for a week whose last job has not quite let go of it.
		solverManager.solveBuilder().withProblemId("week")
				.withProblem(new WeekPlanSolutionMapper().toSolution(SmallProblem.document())).run();

		assertThat(catchThrowableOfType(IllegalStateException.class, () -> start("week", LONG, List.of()))).isNotNull();
		assertThat(jobs.status("week")).isEmpty();
	}

	@Test
	void aJobEndsWhenItsPlanHasNotImprovedForTheUnimprovedLimit() {
		var termination = SolvingJobs.termination(LONG, Duration.ofSeconds(3)).getTerminationConfig();
		assertThat(termination.getSpentLimit()).isEqualTo(LONG);
		assertThat(termination.getUnimprovedSpentLimit()).isEqualTo(Duration.ofSeconds(3));

		var impatient = new SolvingJobs(BySize.same(solverManager), clock, RETENTION, shifts -> Duration.ofSeconds(1),
				SecurityContextHolder.getContextHolderStrategy());
		impatient.start("small", new WeekPlanSolutionMapper().toSolution(SmallProblem.document()), PlanNames.IDS, LONG,
				status -> {
				}, solved::add);

		// the small week's best plan comes at once: the job ends in about a second, far from its five minutes
		await().atMost(Duration.ofSeconds(60))
				.until(() -> impatient.status("small").orElseThrow().state() == JobState.SOLVED);
		var status = impatient.status("small").orElseThrow();
		assertThat(status.coveredMinutes()).isPositive().isEqualTo(status.requestedMinutes());
		assertThat(status.elapsed()).isLessThan(LONG);
		assertThat(status.previousKept()).isFalse();
	}

	@Test
	void aJobWhosePlanIsNotKeptSaysThePreviousOneWasBetter() {
		jobs.start("week", new WeekPlanSolutionMapper().toSolution(SmallProblem.document()), PlanNames.IDS,
				Duration.ofSeconds(1), status -> {
				}, solution -> false);

		await().until(() -> state("week") == JobState.SOLVED);

		assertThat(jobs.status("week").orElseThrow().previousKept()).isTrue();
	}

	@Test
	void aJobWhosePlanCannotBeKeptFailsSayingWhy() {
		jobs.start("week", new WeekPlanSolutionMapper().toSolution(SmallProblem.document()), PlanNames.IDS,
				Duration.ofSeconds(1), status -> {
				}, solution -> {
					throw new IllegalStateException("database gone");
				});

		await().until(() -> state("week") == JobState.FAILED);

		assertThat(jobs.status("week").orElseThrow().error()).isEqualTo("database gone");
	}

	@Test
	void aSecondListenerFollowsAJobStartedByAnotherUntilItStopsListening() {
		start("week", LONG, new CopyOnWriteArrayList<>());
		var second = new CopyOnWriteArrayList<JobStatus>();
		var third = new CopyOnWriteArrayList<JobStatus>();
		var unsubscribe = jobs.subscribe("week", second::add).orElseThrow();
		jobs.subscribe("week", third::add).orElseThrow().run();

		jobs.cancel("week", Cancellation.ON_REQUEST);

		await().until(() -> !second.isEmpty() && second.getLast().state() == JobState.CANCELLED);
		assertThat(third).as("stopped listening before the job ended").isEmpty();
		unsubscribe.run();
		assertThat(jobs.subscribe("unknown", second::add)).isEmpty();
	}

	private void start(String jobId, Duration timeLimit, List<JobState> heard) {
		jobs.start(jobId, new WeekPlanSolutionMapper().toSolution(SmallProblem.document()), PlanNames.IDS, timeLimit,
				(JobStatus status) -> heard.add(status.state()), solved::add);
	}

	private JobState state(String jobId) {
		return jobs.status(jobId).orElseThrow().state();
	}

	/** The test's own time: results age only when the test says so. */
	static final class SettableClock extends Clock {

		private volatile Instant now;

		SettableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/Paris");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("fixed to the group's zone");
		}

	}

}
