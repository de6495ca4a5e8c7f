package fr.mosaic;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import fr.mosaic.interchange.InterchangeCommands;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The commands that run without the web server: {@code import}, {@code export-problem}, and their help. */
final class CommandLine {

	private CommandLine() {
	}

	static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	static int run(String[] args, PrintStream out) {
		try {
			return switch (args[0]) {
				case "import" -> withDatabase(args, 2, context -> context.getBean(InterchangeCommands.class)
					.importProblem(Path.of(args[1]), out, Locale.getDefault()));
				case "export-problem" -> withDatabase(args, 3, context -> context.getBean(InterchangeCommands.class)
					.exportProblem(LocalDate.parse(args[1]), Path.of(args[2]), out));
				default -> usage(out);
			};
		}
		catch (DateTimeParseException ex) {
			out.println("Not a date (YYYY-MM-DD): " + ex.getParsedString());
			return 2;
		}
		catch (Exception ex) {
			out.println("Failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int withDatabase(String[] args, int arity, ContextCommand command) throws Exception {
		if (args.length != arity) {
			return usage(System.out);
		}
		try (var context = new SpringApplicationBuilder(MosaicApplication.class).web(WebApplicationType.NONE)
			.properties("mosaic.demo.enabled=false", "spring.main.banner-mode=off",
					// Vaadin's auto-configuration assumes a web application context
					"spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
							+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
			.logStartupInfo(false)
			.run()) {
			return command.run(context);
		}
	}

	private static int usage(PrintStream out) {
		out.println("""
				Usage:
				  import FILE                      import a problem file (all or nothing)
				  export-problem WEEK_START FILE   write a stored week as a problem file
				(no command: start the web application)""");
		return 2;
	}

	@FunctionalInterface
	private interface ContextCommand {

		int run(ConfigurableApplicationContext context) throws Exception;

	}

}
