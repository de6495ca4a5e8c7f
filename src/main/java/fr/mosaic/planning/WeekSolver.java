package fr.mosaic.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.model.WeekPlanSolution;

/** Solves one week from its problem document into a plan, without Spring; safe to share between threads. */
public final class WeekSolver {

	/** Classpath location of the solver configuration (packaged from {@code solver-config/}). */
	public static final String SOLVER_CONFIG = "solver-config/solverConfig.xml";

	/**
	 * What small weeks' first search phase starts at, in hard points (minutes a hard rule is broken by): the packaged
	 * search never accepts a move that breaks a hard rule; this one may, for a while.
	 */
	static final int SMALL_WEEK_HARD_TEMPERATURE = 30;

	/** How long small weeks' first search phase goes on without a better plan before the packaged search takes over. */
	static final Duration SMALL_WEEK_HOT_PHASE_UNIMPROVED = Duration.ofSeconds(3);

	private final BySize<SolverFactory<WeekPlanSolution>> solverFactories;

	private final SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager;

	private final WeekPlanSolutionMapper mapper;

	public WeekSolver(BySize<SolverFactory<WeekPlanSolution>> solverFactories, WeekPlanSolutionMapper mapper) {
		this.solverFactories = solverFactories;
		// the scoring is the same for every size
		this.solutionManager = SolutionManager.create(solverFactories.largerWeeks());
		this.mapper = mapper;
	}

	/**
	 * The solver factories configured by {@link #SOLVER_CONFIG}; termination is set per solve. Larger weeks are solved
	 * as configured. Small weeks first search with a hard temperature ({@link #SMALL_WEEK_HARD_TEMPERATURE}) until
	 * their best plan has not improved for {@link #SMALL_WEEK_HOT_PHASE_UNIMPROVED}, then as configured: on a small
	 * week every worker is busy at the times an uncovered shift allows, and a plan that breaks a rule by a few minutes
	 * for a few steps reaches better ones (benchmark, S, three seeds: coverage 0.3 to 0.9 point higher on normal weeks
	 * and 0.6 to 1.2 on tight ones at 60 s and as the application solves); on larger weeks it lost coverage and
	 * continuity (solver-config/BENCHMARK.md).
	 */
	public static BySize<SolverFactory<WeekPlanSolution>> solverFactoriesFromClasspath() {
		SolverConfig packaged = SolverConfig.createFromXmlResource(SOLVER_CONFIG);
		return new BySize<>(SolverFactory.create(hotFirst(packaged)), SolverFactory.create(packaged));
	}

	// The configuration with a copy of its local search phase before it, hot and ended once it stalls.
	static SolverConfig hotFirst(SolverConfig packaged) {
		List<PhaseConfig> phases = new ArrayList<>();
		for (PhaseConfig<?> phase : packaged.getPhaseConfigList()) {
			if (phase instanceof LocalSearchPhaseConfig localSearch) {
				LocalSearchPhaseConfig hot = localSearch.copyConfig();
				LocalSearchAcceptorConfig acceptor = Objects.requireNonNull(hot.getAcceptorConfig());
				HardMediumSoftLongScore temperature = HardMediumSoftLongScore
						.parseScore(acceptor.getSimulatedAnnealingStartingTemperature());
				acceptor.setSimulatedAnnealingStartingTemperature(HardMediumSoftLongScore
						.of(SMALL_WEEK_HARD_TEMPERATURE, temperature.mediumScore(), temperature.softScore())
						.toString());
				hot.setTerminationConfig(
						new TerminationConfig().withUnimprovedSpentLimit(SMALL_WEEK_HOT_PHASE_UNIMPROVED));
				phases.add(hot);
			}
			phases.add(phase.copyConfig());
		}
		return packaged.copyConfig().withPhaseList(phases);
	}

	/**
	 * The week solver's scoring with Timefold's default construction heuristic (every eligible worker at every allowed
	 * start) in place of the first-fit phase: the assignment recommendations need such a phase, and score each
	 * candidate as the solver would.
	 */
	public static SolverFactory<WeekPlanSolution> recommendationFactoryFromClasspath() {
		return SolverFactory.create(
				SolverConfig.createFromXmlResource(SOLVER_CONFIG).withPhases(new ConstructionHeuristicPhaseConfig()));
	}

	/** Solves with reasons for uncovered shifts in French. */
	public SolveOutcome solve(ProblemDocument problem, Duration timeLimit) {
		return solve(problem, timeLimit, Locale.ROOT);
	}

	/**
	 * Solves on a solver manager of its own, whose job reports the figures through Timefold's public API: the solving
	 * time at which the first initialized, feasible best plan was found, and the move evaluation speed.
	 *
	 * @throws IllegalStateException when solving fails; the solver's error is its cause
	 */
	public SolveOutcome solve(ProblemDocument problem, Duration timeLimit, Locale locale) {
		return solve(problem, List.of(), timeLimit, null, locale);
	}

	/**
	 * Solves starting from a plan's shifts, those the problem still allows (see
	 * {@link WeekPlanSolutionMapper#startFrom}): the plan found scores at least as well as that start. Solving stops at
	 * the time limit, or earlier once the best plan has not improved for {@code unimprovedLimit} when one is given. An
	 * interrupt of the calling thread stops the solver.
	 *
	 * @param start shifts to start from; empty to build a plan from nothing
	 * @param timeLimit solving time (elapsed)
	 * @param unimprovedLimit solving time (elapsed) without a better plan after which solving ends; null for none
	 * @throws IllegalStateException when solving fails or is interrupted; the solver's error is its cause
	 */
	public SolveOutcome solve(ProblemDocument problem, List<PlanDocument.Shift> start, Duration timeLimit,
			@Nullable Duration unimprovedLimit, Locale locale) {
		return solve(problem, start, timeLimit, unimprovedLimit, locale, List.of());
	}

	/**
	 * Solves as {@link #solve(ProblemDocument, List, Duration, Duration, Locale)} and also hands back the best plan as
	 * it stood at each checkpoint (the benchmark reads its shorter limits from its longest solve). That is not what a
	 * solve limited to the checkpoint would give: simulated annealing cools over the whole time limit. A checkpoint
	 * before the first plan gets that first plan.
	 *
	 * @param checkpoints solving times (elapsed), each at most the time limit
	 * @throws IllegalStateException when solving fails or is interrupted; the solver's error is its cause
	 */
	public SolveOutcome solve(ProblemDocument problem, List<PlanDocument.Shift> start, Duration timeLimit,
			@Nullable Duration unimprovedLimit, Locale locale, List<Duration> checkpoints) {
		WeekPlanSolution problemSolution = mapper.toSolution(problem);
		WeekPlanSolutionMapper.startFrom(problemSolution, start);
		// The job reads its own solving time; a best plan may come before run() has handed the job back.
		CompletableFuture<SolverJob<WeekPlanSolution, String>> started = new CompletableFuture<>();
		AtomicReference<@Nullable Duration> firstFeasible = new AtomicReference<>();
		AtomicReference<Duration> lastImproved = new AtomicReference<>(Duration.ZERO);
		// Event solutions are the solver's clones: kept as they are, the search never changes them.
		AtomicReference<@Nullable WeekPlanSolution> best = new AtomicReference<>();
		Map<Duration, Best> atCheckpoint = new ConcurrentHashMap<>();
		SolverConfigOverride<WeekPlanSolution> termination = new SolverConfigOverride<WeekPlanSolution>()
				.withTerminationSpentLimit(timeLimit);
		if (unimprovedLimit != null) {
			termination = termination.withTerminationUnimprovedSpentLimit(unimprovedLimit);
		}
		try (SolverManager<WeekPlanSolution, String> solverManager = SolverManager.create(
				solverFactories.forShifts(problemSolution.getShifts().size()),
				new SolverManagerConfig().withParallelSolverCount("1"))) {
			SolverJob<WeekPlanSolution, String> job = solverManager.solveBuilder()
					.withProblemId(problem.weekStart().toString()).withProblem(problemSolution)
					.withConfigOverride(termination).withBestSolutionEventConsumer(event -> {
						Duration now = started.join().getSolvingDuration();
						WeekPlanSolution previous = best.getAndSet(event.solution());
						for (Duration checkpoint : checkpoints) {
							if (checkpoint.compareTo(now) < 0) {
								atCheckpoint.putIfAbsent(checkpoint,
										previous == null
												? new Best(event.solution(), now)
												: new Best(previous, lastImproved.get()));
							}
						}
						lastImproved.set(now);
						if (firstFeasible.get() == null && isInitializedAndFeasible(event.solution())) {
							firstFeasible.compareAndSet(null, started.join().getSolvingDuration());
						}
					}).run();
			started.complete(job);
			WeekPlanSolution solved = finalBestSolution(job);
			HardMediumSoftLongScore score = Objects.requireNonNull(solved.getScore());
			if (firstFeasible.get() == null && score.isFeasible()) {
				// Feasible as given (everything pinned): the solver never announced a new best solution.
				firstFeasible.set(Duration.ZERO);
			}
			PlanNames names = PlanNames.of(problem);
			List<SolveOutcome.Checkpoint> reached = checkpoints.stream().map(checkpoint -> {
				Best then = atCheckpoint.getOrDefault(checkpoint, new Best(solved, lastImproved.get()));
				return new SolveOutcome.Checkpoint(checkpoint, mapper.toPlan(then.solution(), names, locale),
						then.foundAt());
			}).toList();
			return new SolveOutcome(mapper.toPlan(solved, names, locale), solved, firstFeasible.get(),
					lastImproved.get(), job.getSolvingDuration(), job.getMoveEvaluationSpeed(), score, reached);
		}
	}

	private record Best(WeekPlanSolution solution, Duration foundAt) {
	}

	// A best plan before every shift has a start is still being built: no hard breach yet is not feasibility.
	private static boolean isInitializedAndFeasible(WeekPlanSolution solution) {
		var score = solution.getScore();
		return score != null && score.isFeasible()
				&& solution.getShifts().stream().allMatch(shift -> shift.getStart() != null);
	}

	private static WeekPlanSolution finalBestSolution(SolverJob<WeekPlanSolution, String> job) {
		try {
			return job.getFinalBestSolution();
		} catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while solving", ex);
		} catch (ExecutionException ex) {
			throw new IllegalStateException("solving failed", ex.getCause());
		}
	}

	/** The score of a (solved or edited) week broken down by rule, worker and member. */
	public PlanExplanation explain(WeekPlanSolution solution) {
		return PlanExplanation.of(solutionManager.analyze(solution));
	}

}
