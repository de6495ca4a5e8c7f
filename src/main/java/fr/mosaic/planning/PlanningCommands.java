package fr.mosaic.planning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.InvalidProblemException;
import fr.mosaic.planning.benchmark.Benchmark;
import org.springframework.stereotype.Component;

/** Solving and plan export from the command line; each returns the process exit code. */
@Component
public class PlanningCommands {

	private final PlanningService planning;

	PlanningCommands(PlanningService planning) {
		this.planning = planning;
	}

	public int exportPlan(LocalDate weekStart, Path file, PrintStream out) throws IOException {
		var plan = planning.exportPlan(weekStart, Locale.getDefault());
		if (plan.isEmpty()) {
			out.printf("No plan is stored for the week of %s%n", weekStart);
			return 1;
		}
		Files.writeString(file, new InterchangeJson().writePlan(plan.get()), StandardCharsets.UTF_8);
		out.printf("Exported the plan of the week of %s to %s%n", weekStart, file);
		return 0;
	}

	/** {@code benchmark [--sizes S,M,L,XL] [--seconds 30,120]}: needs no database and no Spring context. */
	public static int benchmark(String[] args, PrintStream out) {
		return Benchmark.run(args, out);
	}

	/** {@code solve PROBLEM PLAN [SECONDS]}: needs no database and no Spring context. */
	public static int solve(String[] args, PrintStream out) throws IOException {
		if (args.length < 3 || args.length > 4) {
			out.println("Usage: solve PROBLEM PLAN [SECONDS]");
			return 2;
		}
		var json = new InterchangeJson();
		var seconds = args.length == 4 ? Integer.parseInt(args[3]) : 30;
		try {
			var problem = json.readProblem(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
			out.printf("Solving the week of %s for %d s...%n", problem.weekStart(), seconds);
			var solver = new WeekSolver(WeekSolver.solverFactoryFromClasspath(), new WeekPlanSolutionMapper());
			var outcome = solver.solve(problem, Duration.ofSeconds(seconds), Locale.getDefault());
			Files.writeString(Path.of(args[2]), json.writePlan(outcome.plan()), StandardCharsets.UTF_8);
			var uncovered = outcome.plan().shifts().stream().filter(s -> !s.covered()).count();
			out.printf("Score %s, %s, %d of %d shifts uncovered; plan written to %s%n", outcome.score(),
					outcome.plan().feasible() ? "feasible" : "NOT feasible", uncovered, outcome.plan().shifts().size(),
					args[2]);
			return outcome.plan().feasible() ? 0 : 3;
		}
		catch (InvalidProblemException ex) {
			out.printf("%s cannot be solved:%n", args[1]);
			ex.errors().forEach(error -> out.println("  " + error.path() + ": " + error.message(Locale.getDefault())));
			return 1;
		}
	}

}
