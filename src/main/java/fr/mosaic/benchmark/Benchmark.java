package fr.mosaic.benchmark;

import java.io.File;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.solver.SolverFactory;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.BySize;
import fr.mosaic.planning.SolveOutcome;
import fr.mosaic.planning.WeekPlanSolutionMapper;
import fr.mosaic.planning.WeekSolver;

/**
 * The {@code benchmark} command: for each generated size, load and seed, the CP-SAT bounds ({@link PlanBound}), the
 * greedy baseline and the week solver at each time limit (one solve to the longest; the plans at the shorter limits are
 * read from it as it went, labelled {@code timefold in N s}), in one table whose figures are recomputed from the plans
 * by {@link PlanMetrics} and the validator, followed by the mean and worst over the seeds.
 */
public final class Benchmark {

	/** A fixed Monday, so that every run plans the same weeks. */
	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	static final String USAGE = "Usage: benchmark [--sizes S,M,L,XL] [--loads normal,tight,loose] [--seeds 3]"
			+ " [--seconds 30,120] [--bound-seconds 60] [--unimproved S=5,M=15,L=30,XL=60] [--config solverConfig.xml]"
			+ " [--weights rule=0hard/0medium/60soft,...]";

	/** How demand compares with the size's usual demand: tight asks for more than the group can give, loose less. */
	enum Load {

		NORMAL(1.0), TIGHT(1.3), LOOSE(0.7);

		final double demandScale;

		Load(double demandScale) {
			this.demandScale = demandScale;
		}

	}

	/**
	 * What to run; {@code unimproved} maps a size to the time without a better plan after which solving ends,
	 * {@code weights} a rule name to the weight replacing its default.
	 */
	record Settings(List<ProblemSize> sizes, List<Load> loads, int seeds, List<Duration> limits, Duration boundLimit,
			Map<ProblemSize, Duration> unimproved, @Nullable File config, Map<String, String> weights) {
	}

	private Benchmark() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	/**
	 * Runs the benchmark and prints its tables, with no database and no Spring context; returns the exit code (2 on bad
	 * arguments).
	 */
	public static int run(String[] args, PrintStream out) {
		List<ProblemSize> sizes = new ArrayList<>(List.of(ProblemSize.S, ProblemSize.M, ProblemSize.L, ProblemSize.XL));
		List<Load> loads = new ArrayList<>(List.of(Load.NORMAL));
		List<Duration> limits = new ArrayList<>(List.of(Duration.ofSeconds(30), Duration.ofSeconds(120)));
		Map<ProblemSize, Duration> unimproved = new EnumMap<>(ProblemSize.class);
		Map<String, String> weights = new LinkedHashMap<>();
		int seeds = 3;
		Duration boundLimit = Duration.ofSeconds(60);
		File config = null;
		try {
			for (int i = 0; i < args.length; i++) {
				String option = args[i];
				if (i + 1 >= args.length) {
					return usage(out, option + " needs a value");
				}
				String value = args[++i];
				switch (option) {
					case "--sizes" -> sizes = list(value, v -> ProblemSize.valueOf(v.toUpperCase(Locale.ROOT)));
					case "--loads" -> loads = list(value, v -> Load.valueOf(v.toUpperCase(Locale.ROOT)));
					case "--seeds" -> seeds = positive(value);
					case "--seconds" -> limits = list(value, v -> Duration.ofSeconds(positive(v)));
					case "--config" -> config = new File(value);
					case "--bound-seconds" -> boundLimit = Duration.ofSeconds(
							whole(value, 0, "--bound-seconds takes 0 (no bounds) or a number of seconds, not "));
					case "--unimproved" -> pairs(option, value, "SIZE=seconds").forEach(
							(size, seconds) -> unimproved.put(ProblemSize.valueOf(size.toUpperCase(Locale.ROOT)),
									Duration.ofSeconds(positive(seconds))));
					case "--weights" -> weights.putAll(pairs(option, value, "rule=weight"));
					default -> {
						return usage(out, "unknown option " + option);
					}
				}
			}
			// fails here, before any solving, on an unknown rule or a weight that does not parse
			new WeekPlanSolutionMapper(weights);
		} catch (IllegalArgumentException ex) {
			return usage(out, ex.getMessage());
		}
		out.print(
				run(new Settings(sizes, loads, seeds, limits, boundLimit, unimproved, config, weights), out).format());
		return 0;
	}

	private static Map<String, String> pairs(String option, String value, String shape) {
		Map<String, String> pairs = new LinkedHashMap<>();
		for (String entry : value.split(",")) {
			String[] parts = entry.split("=");
			if (parts.length != 2) {
				throw new IllegalArgumentException(option + " takes " + shape + ", not " + entry);
			}
			pairs.put(parts[0].trim(), parts[1].trim());
		}
		return pairs;
	}

	private static <T> List<T> list(String value, Function<String, T> parse) {
		List<T> list = new ArrayList<>();
		for (String v : value.split(",")) {
			list.add(parse.apply(v.trim()));
		}
		return list;
	}

	private static int positive(String value) {
		return whole(value, 1, "counts and time limits are positive whole numbers: ");
	}

	/** {@code value} as a whole number of at least {@code least}, else refused with {@code rule} and the value. */
	private static int whole(String value, int least, String rule) {
		try {
			int n = Integer.parseInt(value.trim());
			if (n >= least) {
				return n;
			}
		} catch (NumberFormatException ex) {
			// refused below, with the value
		}
		throw new IllegalArgumentException(rule + value);
	}

	/** Runs every instance against every limit, logging progress on {@code log}. */
	static BenchmarkTable run(Settings settings, PrintStream log) {
		BenchmarkTable table = new BenchmarkTable();
		// another solver configuration, to compare it with the packaged one on the same instances: as it is, for every
		// size (no hot phase for small weeks)
		WeekSolver solver = new WeekSolver(
				settings.config() == null
						? WeekSolver.solverFactoriesFromClasspath()
						: BySize.same(SolverFactory.createFromXmlFile(settings.config())),
				new WeekPlanSolutionMapper(settings.weights()));
		for (ProblemSize size : settings.sizes()) {
			for (Load load : settings.loads()) {
				String group = size + " " + load.name().toLowerCase(Locale.ROOT);
				for (int seed = 0; seed < settings.seeds(); seed++) {
					ProblemDocument problem = new ProblemGenerator().generate(size, MONDAY, seed, load.demandScale);
					String instance = instanceName(group, seed, problem);
					PlanBound.@Nullable Figures bound = null;
					if (!settings.boundLimit().isZero()) {
						log.println("# " + instance + ": bounds");
						long boundStarted = System.nanoTime();
						bound = PlanBound.of(problem, settings.boundLimit());
						log.printf(Locale.ROOT, "# %s: bounds took %.1f s%n", instance,
								(System.nanoTime() - boundStarted) / 1e9);
					}
					PlanDocument exactModelPlan = bound == null ? null : bound.plan();
					if (exactModelPlan != null) {
						// the best legal plan CP-SAT found in the bound time: how far the solver is from a plan
						// known to exist, where the bound alone cannot say
						table.add(new BenchmarkTable.Row(group, instance, "cp-sat", settings.boundLimit(),
								PlanMetrics.of(problem, exactModelPlan), bound, null, null, null, null));
					}
					log.println("# " + instance + ": greedy");
					long started = System.nanoTime();
					PlanDocument greedy = new GreedyPlanner().plan(problem);
					Duration greedyTime = Duration.ofNanos(System.nanoTime() - started);
					PlanMetrics greedyMetrics = PlanMetrics.of(problem, greedy);
					// the greedy has no time limit: its first feasible plan is its only plan, after its run time
					table.add(new BenchmarkTable.Row(group, instance, "greedy", null, greedyMetrics, bound,
							greedyMetrics.hardViolations() == 0 ? greedyTime : null, null, null, null));
					// one solve to the longest limit; the shorter ones are read from it at their time
					Duration longest = Collections.max(settings.limits());
					log.println("# " + instance + ": timefold " + longest.toSeconds() + " s");
					SolveOutcome outcome = solver.solve(problem, List.of(), longest, settings.unimproved().get(size),
							Locale.ROOT, settings.limits());
					for (SolveOutcome.Checkpoint checkpoint : outcome.checkpoints()) {
						Duration stopped = checkpoint.at().compareTo(outcome.solvingTime()) < 0
								? checkpoint.at()
								: outcome.solvingTime();
						// simulated annealing cools over the whole limit: the plan at 30 s of a 120 s solve is not
						// what a 30 s solve hands back, and the row says which it is
						String solverName = checkpoint.at().equals(longest)
								? "timefold"
								: "timefold in " + longest.toSeconds() + " s";
						table.add(new BenchmarkTable.Row(group, instance, solverName, checkpoint.at(),
								PlanMetrics.of(problem, checkpoint.plan()), bound, outcome.timeToFirstFeasible(),
								checkpoint.timeToBest(), stopped, (double) outcome.moveEvaluationSpeed()));
					}
				}
			}
		}
		return table;
	}

	private static String instanceName(String group, int seed, ProblemDocument problem) {
		int shifts = problem.requests().stream().mapToInt(r -> r.count() == null ? 0 : r.count()).sum();
		return group + " #" + seed + " (" + shifts + " shifts, " + problem.workers().size() + " workers)";
	}

	private static int usage(PrintStream out, String problem) {
		out.println(problem);
		out.println(USAGE);
		return 2;
	}

}
