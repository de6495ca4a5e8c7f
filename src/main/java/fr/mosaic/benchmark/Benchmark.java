package fr.mosaic.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.SolveOutcome;
import fr.mosaic.planning.WeekPlanSolutionMapper;
import fr.mosaic.planning.WeekSolver;

/**
 * The {@code benchmark [--sizes S,M,L,XL] [--seconds 30,120]} command: for each generated size and time limit, the
 * greedy baseline and the week solver on the same instance, in one table whose figures are recomputed from the plans by
 * {@link PlanMetrics} and the validator.
 */
public final class Benchmark {

	/** A fixed Monday, so that every run plans the same weeks. */
	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	private Benchmark() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	/**
	 * Runs the benchmark and prints its table, with no database and no Spring context; returns the exit code (2 on bad
	 * arguments).
	 */
	public static int run(String[] args, PrintStream out) {
		List<ProblemSize> sizes = new ArrayList<>(List.of(ProblemSize.S, ProblemSize.M, ProblemSize.L, ProblemSize.XL));
		List<Duration> limits = new ArrayList<>(List.of(Duration.ofSeconds(30), Duration.ofSeconds(120)));
		try {
			for (int i = 0; i < args.length; i++) {
				String option = args[i];
				if (i + 1 >= args.length) {
					return usage(out, option + " needs a value");
				}
				String value = args[++i];
				switch (option) {
					case "--sizes" -> {
						sizes.clear();
						for (String size : value.split(",")) {
							sizes.add(ProblemSize.valueOf(size.trim().toUpperCase(Locale.ROOT)));
						}
					}
					case "--seconds" -> {
						limits.clear();
						for (String seconds : value.split(",")) {
							long s = Long.parseLong(seconds.trim());
							if (s <= 0) {
								return usage(out, "time limits are positive: " + seconds);
							}
							limits.add(Duration.ofSeconds(s));
						}
					}
					default -> {
						return usage(out, "unknown option " + option);
					}
				}
			}
		} catch (IllegalArgumentException ex) {
			return usage(out, ex.getMessage());
		}
		out.print(run(sizes, limits, out).format());
		return 0;
	}

	/** Runs every size against every limit, logging progress on {@code log}. */
	static BenchmarkTable run(List<ProblemSize> sizes, List<Duration> limits, PrintStream log) {
		BenchmarkTable table = new BenchmarkTable();
		WeekSolver solver = new WeekSolver(WeekSolver.solverFactoryFromClasspath(), new WeekPlanSolutionMapper());
		for (ProblemSize size : sizes) {
			ProblemDocument problem = new ProblemGenerator().generate(size, MONDAY);
			String instance = instanceName(size, problem);
			log.println("# " + instance + ": greedy");
			long started = System.nanoTime();
			PlanDocument greedy = new GreedyPlanner().plan(problem);
			Duration greedyTime = Duration.ofNanos(System.nanoTime() - started);
			PlanMetrics greedyMetrics = PlanMetrics.of(problem, greedy);
			// the greedy has no time limit: its first feasible plan is its only plan, after its run time
			table.add(new BenchmarkTable.Row(instance, "greedy", null, "n/a", greedyMetrics,
					greedyMetrics.hardViolations() == 0 ? greedyTime : null, null));
			for (Duration limit : limits) {
				log.println("# " + instance + ": timefold " + limit.toSeconds() + " s");
				SolveOutcome outcome = solver.solve(problem, limit);
				table.add(new BenchmarkTable.Row(instance, "timefold", limit, outcome.score().toString(),
						PlanMetrics.of(problem, outcome.plan()), outcome.timeToFirstFeasible(),
						(double) outcome.moveEvaluationSpeed()));
			}
		}
		return table;
	}

	private static String instanceName(ProblemSize size, ProblemDocument problem) {
		int shifts = problem.requests().stream().mapToInt(r -> r.count() == null ? 0 : r.count()).sum();
		return size + " (" + shifts + " shifts, " + problem.workers().size() + " workers)";
	}

	private static int usage(PrintStream out, String problem) {
		out.println(problem);
		out.println("Usage: benchmark [--sizes S,M,L,XL] [--seconds 30,120]");
		return 2;
	}

}
