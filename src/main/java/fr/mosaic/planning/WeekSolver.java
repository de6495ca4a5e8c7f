package fr.mosaic.planning;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.model.WeekPlanSolution;

/** Solves one week from its problem document into a plan, without Spring; safe to share between threads. */
public final class WeekSolver {

	/** Classpath location of the solver configuration (packaged from {@code solver-config/}). */
	public static final String SOLVER_CONFIG = "solver-config/solverConfig.xml";

	private final SolverFactory<WeekPlanSolution> solverFactory;

	private final SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager;

	private final WeekPlanSolutionMapper mapper;

	public WeekSolver(SolverFactory<WeekPlanSolution> solverFactory, WeekPlanSolutionMapper mapper) {
		this.solverFactory = solverFactory;
		this.solutionManager = SolutionManager.create(solverFactory);
		this.mapper = mapper;
	}

	/** The solver factory configured by {@link #SOLVER_CONFIG}; termination is set per solve. */
	public static SolverFactory<WeekPlanSolution> solverFactoryFromClasspath() {
		return SolverFactory.createFromXmlResource(SOLVER_CONFIG);
	}

	/** Solves with reasons for uncovered shifts in French. */
	public SolveOutcome solve(ProblemDocument problem, Duration timeLimit) {
		return solve(problem, timeLimit, Locale.ROOT);
	}

	public SolveOutcome solve(ProblemDocument problem, Duration timeLimit, Locale locale) {
		WeekPlanSolution problemSolution = mapper.toSolution(problem);
		Solver<WeekPlanSolution> solver = solverFactory
				.buildSolver(new SolverConfigOverride<WeekPlanSolution>().withTerminationSpentLimit(timeLimit));
		AtomicLong firstFeasibleMillis = new AtomicLong(-1);
		solver.addEventListener(event -> {
			if (event.isNewBestSolutionInitialized() && event.getNewBestScore().isFeasible()) {
				firstFeasibleMillis.compareAndSet(-1, event.getTimeMillisSpent());
			}
		});
		WeekPlanSolution solved = solver.solve(problemSolution);
		HardMediumSoftLongScore score = Objects.requireNonNull(solved.getScore());
		if (firstFeasibleMillis.get() < 0 && score.isFeasible()) {
			// Feasible as given (everything pinned): the solver never announced a new best solution.
			firstFeasibleMillis.set(0);
		}
		PlanDocument plan = mapper.toPlan(solved, locale);
		return new SolveOutcome(plan, solved,
				firstFeasibleMillis.get() < 0 ? null : Duration.ofMillis(firstFeasibleMillis.get()),
				moveEvaluationSpeed(solver), score);
	}

	// Only the implementation exposes the speed of a plain Solver; SolverManager jobs expose it publicly.
	private static long moveEvaluationSpeed(Solver<WeekPlanSolution> solver) {
		return solver instanceof DefaultSolver<WeekPlanSolution> defaultSolver
				? defaultSolver.getMoveEvaluationSpeed()
				: -1;
	}

	/** The score of a (solved or edited) week broken down by rule, worker and member. */
	public PlanExplanation explain(WeekPlanSolution solution) {
		return PlanExplanation.of(solutionManager.analyze(solution));
	}

}
