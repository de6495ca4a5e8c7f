package fr.mosaic.planning;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.InvalidProblemException;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemFile;
import fr.mosaic.planning.validation.PlanValidator;

/** Solving, plan export and plan checking from the command line; each returns the process exit code. */
@Component
public class PlanningCommands {

	/** The time limit of {@code solve} when none is given: the default of {@code mosaic.planning.time-limit}. */
	static final long DEFAULT_SECONDS = 30;

	private final PlanningService planning;

	PlanningCommands(PlanningService planning) {
		this.planning = planning;
	}

	public int exportPlan(LocalDate weekStart, Path file, PrintStream out) {
		var plan = planning.exportPlan(weekStart, Locale.getDefault());
		if (plan.isEmpty()) {
			out.printf("No plan is stored for the week of %s%n", weekStart);
			return 1;
		}
		ProblemFile.write(file, new InterchangeJson().writePlan(plan.get()));
		out.printf("Exported the plan of the week of %s to %s%n", weekStart, file);
		return 0;
	}

	/**
	 * {@code solve PROBLEM PLAN [SECONDS]}: needs no database and no Spring context. SECONDS, a whole number from 1, is
	 * checked before anything is read.
	 *
	 * @throws ProblemFile.UnreadableFileException when the problem file cannot be one
	 * @throws ProblemFile.UnwritableFileException when the plan file cannot be written
	 */
	public static int solve(String[] args, PrintStream out) {
		if (args.length < 3 || args.length > 4) {
			out.println("Usage: solve PROBLEM PLAN [SECONDS]");
			return 2;
		}
		var seconds = args.length == 4 ? seconds(args[3]) : OptionalLong.of(DEFAULT_SECONDS);
		if (seconds.isEmpty()) {
			out.printf("SECONDS must be a whole number of seconds, at least %d: %s%n",
					PlanningProperties.MIN_TIME_LIMIT.toSeconds(), args[3]);
			return 2;
		}
		var json = new InterchangeJson();
		try {
			var problem = json.readProblem(ProblemFile.read(Path.of(args[1])));
			out.printf("Solving the week of %s for %d s...%n", problem.weekStart(), seconds.getAsLong());
			var solver = new WeekSolver(WeekSolver.solverFactoriesFromClasspath(), new WeekPlanSolutionMapper());
			var outcome = solver.solve(problem, Duration.ofSeconds(seconds.getAsLong()), Locale.getDefault());
			ProblemFile.write(Path.of(args[2]), json.writePlan(outcome.plan()));
			var uncovered = outcome.plan().shifts().stream().filter(s -> !s.covered()).count();
			var summary = PlanSummary.of(solver.explain(outcome.solution())).render(Locale.getDefault());
			// the score in words for the coordinator, the raw score for whoever tunes the weights
			out.printf("%s%nThe plan is %s, %d of %d shifts uncovered (score %s); written to %s%n", summary,
					outcome.plan().feasible() ? "feasible" : "NOT feasible", uncovered, outcome.plan().shifts().size(),
					outcome.score(), args[2]);
			return outcome.plan().feasible() ? 0 : 3;
		} catch (InvalidProblemException ex) {
			return refused(args[1], "solved", ex, out);
		}
	}

	/**
	 * {@code validate PROBLEM PLAN}: checks a plan file, the solver's or one written by hand, against every rule with
	 * the validator that shares no code with the solver; needs no database and no Spring context. Prints each breach on
	 * a line of its own (worker, shift, rule, Code du travail article) and returns 3 when there is one, or one line
	 * saying there is none and 0.
	 *
	 * @throws ProblemFile.UnreadableFileException when either file cannot be one
	 */
	public static int validate(String[] args, PrintStream out) {
		if (args.length != 3) {
			out.println("Usage: validate PROBLEM PLAN");
			return 2;
		}
		var json = new InterchangeJson();
		ProblemDocument problem;
		PlanDocument plan;
		try {
			problem = json.readProblem(ProblemFile.read(Path.of(args[1])));
		} catch (InvalidProblemException ex) {
			return refused(args[1], "checked", ex, out);
		}
		try {
			// the plan's times are read in the problem's zone, where a skipped time or a wrong offset is an error
			plan = json.readPlan(ProblemFile.readPlan(Path.of(args[2])), ZoneId.of(problem.timeZone()));
		} catch (InvalidProblemException ex) {
			return refused(args[2], "checked", ex, out);
		}
		var breaches = new PlanValidator().validate(problem, plan);
		if (breaches.isEmpty()) {
			out.printf("No breach: %s keeps every rule of %s (%d shifts)%n", args[2], args[1], plan.shifts().size());
			return 0;
		}
		out.printf("%s: %d breach%s of the rules of %s:%n", args[2], breaches.size(), breaches.size() == 1 ? "" : "es",
				args[1]);
		breaches.forEach(breach -> out.println("  " + breach.sentence()));
		return 3;
	}

	/** Lists a refused file's errors with their JSON paths; returns the exit code of refused input. */
	private static int refused(String file, String doing, InvalidProblemException ex, PrintStream out) {
		out.printf("%s cannot be %s:%n", file, doing);
		ex.errors().forEach(error -> out.println("  " + error.path() + ": " + error.message(Locale.getDefault())));
		return 1;
	}

	/** Whole seconds from the minimum time limit on; empty for anything else. */
	private static OptionalLong seconds(String text) {
		try {
			var seconds = Long.parseLong(text);
			return seconds >= PlanningProperties.MIN_TIME_LIMIT.toSeconds()
					? OptionalLong.of(seconds)
					: OptionalLong.empty();
		} catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

}
