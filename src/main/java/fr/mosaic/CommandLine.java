package fr.mosaic;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import fr.mosaic.benchmark.Benchmark;
import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.ProblemFile;
import fr.mosaic.planning.PlanningCommands;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.transfer.InterchangeCommands;

/**
 * The commands that run without the web server: import, export, solve, validate, and their help. Each returns the
 * process exit code: 0 done (help included), 1 input refused (a file that is not a usable problem or plan, nothing to
 * export; nothing was changed), 2 wrong arguments, 3 the plan breaks a rule (solved but not feasible, or breaches found
 * by validate), 4 failed for another reason (database, disk).
 */
final class CommandLine {

	private CommandLine() {
	}

	/**
	 * Whether the arguments are for the command line rather than the web application: the web application takes no
	 * arguments or only Spring Boot's ({@code --server.port=9090}, {@code --debug}); anything else, a command, help, an
	 * unknown word or option, is the command line's to run or refuse.
	 */
	static boolean isCommand(String[] args) {
		return !Arrays.stream(args).allMatch(CommandLine::isSpringBootOption);
	}

	/**
	 * {@code --name=value} sets a property; {@code --debug} and {@code --trace} are the flags Spring Boot documents.
	 */
	private static boolean isSpringBootOption(String arg) {
		return arg.startsWith("--") && arg.indexOf('=') > 2 || arg.equals("--debug") || arg.equals("--trace");
	}

	static int run(String[] args, PrintStream out) {
		try {
			return switch (args[0]) {
				case "import" -> withDatabase(args, 2, context -> context.getBean(InterchangeCommands.class)
						.importProblem(Path.of(args[1]), out, Locale.getDefault()));
				case "export-problem" -> withDatabase(args, 3, context -> context.getBean(InterchangeCommands.class)
						.exportProblem(LocalDate.parse(args[1]), Path.of(args[2]), out));
				case "export-plan" -> withDatabase(args, 3, context -> context.getBean(PlanningCommands.class)
						.exportPlan(LocalDate.parse(args[1]), Path.of(args[2]), out));
				case "solve" -> quietly(() -> PlanningCommands.solve(args, out));
				case "validate" -> quietly(() -> PlanningCommands.validate(args, out));
				case "generate" -> quietly(() -> generate(args, out));
				case "benchmark" -> quietly(() -> Benchmark.run(Arrays.copyOfRange(args, 1, args.length), out));
				case "help", "-h", "--help" -> {
					printUsage(out);
					yield 0;
				}
				default -> usage(out);
			};
		} catch (ProblemFile.UnreadableFileException ex) {
			out.println(ex.getMessage());
			return 1;
		} catch (ProblemFile.UnwritableFileException ex) {
			out.println(ex.getMessage());
			return 4;
		} catch (DateTimeParseException ex) {
			out.println("Not a date (YYYY-MM-DD): " + ex.getParsedString());
			return 2;
		} catch (Exception ex) {
			out.println("Failed: " + ex.getMessage());
			return 4;
		}
	}

	/**
	 * Runs a command that starts no Spring context, with the solver's log held to warnings: without Spring, logging is
	 * unconfigured and would print every debug line into the command's output.
	 */
	private static int quietly(ContextFreeCommand command) throws Exception {
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		return command.run();
	}

	/** {@code generate SIZE WEEK_START FILE}: the demo group or a benchmark instance as a problem file. */
	private static int generate(String[] args, PrintStream out) {
		if (args.length != 4) {
			return usage(out);
		}
		var size = Arrays.stream(ProblemSize.values()).filter(s -> s.name().equalsIgnoreCase(args[1])).findFirst();
		if (size.isEmpty()) {
			out.printf("Unknown size %s: one of %s%n", args[1], Arrays.toString(ProblemSize.values()));
			return 2;
		}
		var problem = new ProblemGenerator().generate(size.get(), LocalDate.parse(args[2]));
		ProblemFile.write(Path.of(args[3]), new InterchangeJson().writeProblem(problem));
		out.printf("Wrote a %s problem for the week of %s to %s%n", args[1], args[2], args[3]);
		return 0;
	}

	static int withDatabase(String[] args, int arity, ContextCommand command) throws Exception {
		if (args.length != arity) {
			return usage(System.out);
		}
		try (var context = new SpringApplicationBuilder(MosaicApplication.class).web(WebApplicationType.NONE)
				.properties("mosaic.demo.enabled=false", "spring.main.banner-mode=off", "logging.level.root=WARN",
						// Vaadin's auto-configuration assumes a web application context
						"spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
								+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
				.logStartupInfo(false).run()) {
			// nobody logs in on the command line: the command runs with the system's coordinator rights
			return context.getBean(SystemAccess.class).call(() -> command.run(context));
		}
	}

	/** Prints the usage; returns the exit code of wrong arguments. */
	static int usage(PrintStream out) {
		printUsage(out);
		return 2;
	}

	private static void printUsage(PrintStream out) {
		out.println("""
				Usage:
				  import FILE                      import a problem file (all or nothing)
				  export-problem WEEK_START FILE   write a stored week as a problem file
				  export-plan WEEK_START FILE      write a stored week's plan as a plan file
				  solve PROBLEM PLAN [SECONDS]     solve a problem file into a plan file (default 30 s),
				                                   without the database
				  validate PROBLEM PLAN            check a plan file against every rule of its problem,
				                                   one line per breach, without the database
				  generate SIZE WEEK_START FILE    write the demo group (DEMO) or a benchmark instance
				                                   (S, M, L, XL) as a problem file
				  benchmark [--sizes S,M,L,XL] [--seconds 30,120]
				                                   solver against the greedy baseline, one table
				  help, -h, --help                 this text
				(no arguments, or only Spring Boot options such as --server.port=9090:
				 start the web application)
				Exit codes: 0 done, 1 input refused (nothing changed), 2 wrong arguments,
				            3 the plan breaks a rule (solve: not feasible; validate: breaches found),
				            4 failed otherwise""");
	}

	@FunctionalInterface
	private interface ContextFreeCommand {

		int run() throws Exception;

	}

	@FunctionalInterface
	interface ContextCommand {

		int run(ConfigurableApplicationContext context) throws Exception;

	}

}
