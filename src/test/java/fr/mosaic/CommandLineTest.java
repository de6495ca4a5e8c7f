package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no database: their arguments and input files are checked before anything runs. */
class CommandLineTest {

	static final String USAGE = """
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
			            4 failed otherwise
			""";

	final ByteArrayOutputStream output = new ByteArrayOutputStream();

	final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	@Test
	void solveRefusesSecondsThatAreNotAWholeNumberFromOneBeforeReadingAnything() {
		var missing = dir.resolve("missing.json").toString();
		var plan = dir.resolve("plan.json");

		for (var seconds : new String[] { "0", "-5", "abc", "1.5" }) {
			assertThat(CommandLine.run(new String[] { "solve", missing, plan.toString(), seconds }, out)).isEqualTo(2);
		}

		assertThat(text()).isEqualTo("""
				SECONDS must be a whole number of seconds, at least 1: 0
				SECONDS must be a whole number of seconds, at least 1: -5
				SECONDS must be a whole number of seconds, at least 1: abc
				SECONDS must be a whole number of seconds, at least 1: 1.5
				""");
		assertThat(plan).doesNotExist();
	}

	@Test
	void solveNamesTheProblemFileAndWhatIsWrongWithIt() throws Exception {
		var missing = dir.resolve("missing.json");
		var empty = Files.writeString(dir.resolve("empty.json"), "");
		var binary = Files.write(dir.resolve("photo.json"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 });

		for (var file : new Path[] { missing, dir, empty, binary }) {
			assertThat(CommandLine.run(new String[] { "solve", file.toString(), dir.resolve("plan.json").toString() },
					out)).isEqualTo(1);
		}

		assertThat(text()).isEqualTo("Cannot read " + missing + ": there is no such file.\n" + "Cannot read " + dir
				+ ": it is a directory, not a file.\n" + "Cannot read " + empty + ": it is empty.\n" + "Cannot read "
				+ binary + ": it is not text; a problem file is JSON in UTF-8.\n");
	}

	@Test
	void solveReportsTextThatIsNotJsonWithItsPosition() throws Exception {
		var notJson = Files.writeString(dir.resolve("notes.json"), "hello");

		assertThat(
				CommandLine.run(new String[] { "solve", notJson.toString(), dir.resolve("plan.json").toString() }, out))
				.isEqualTo(1);

		assertThat(text()).startsWith(notJson + " cannot be solved:\n  $: ");
	}

	@Test
	void helpPrintsTheUsageAndExitsZero() {
		for (var help : new String[] { "help", "-h", "--help" }) {
			assertThat(CommandLine.isCommand(new String[] { help })).as(help).isTrue();
			assertThat(CommandLine.run(new String[] { help }, out)).as(help).isEqualTo(0);
		}

		assertThat(text()).isEqualTo(USAGE.repeat(3));
	}

	@Test
	void anUnknownCommandOrOptionPrintsTheUsageAndExitsTwo() {
		for (var unknown : new String[] { "plan", "-x", "--verbose", "--server.port=9090 --verbose" }) {
			var args = unknown.split(" ");
			assertThat(CommandLine.isCommand(args)).as(unknown).isTrue();
			assertThat(CommandLine.run(args, out)).as(unknown).isEqualTo(2);
		}

		assertThat(text()).isEqualTo(USAGE.repeat(4));
	}

	@Test
	void noArgumentsOrOnlySpringBootOptionsStartTheWebApplication() {
		assertThat(CommandLine.isCommand(new String[0])).isFalse();
		assertThat(CommandLine.isCommand(new String[] { "--server.port=9090" })).isFalse();
		assertThat(CommandLine.isCommand(new String[] { "--spring.profiles.active=prod", "--debug" })).isFalse();
	}

	@Test
	void aFileThatCannotBeWrittenIsNamedWithTheReasonAndExitsFour() throws Exception {
		var inMissingFolder = dir.resolve("missing/demo.json");

		assertThat(CommandLine.run(new String[] { "generate", "DEMO", "2026-11-23", inMissingFolder.toString() }, out))
				.isEqualTo(4);
		assertThat(CommandLine.run(new String[] { "generate", "DEMO", "2026-11-23", dir.toString() }, out))
				.isEqualTo(4);

		assertThat(text()).isEqualTo("Cannot write " + inMissingFolder + ": the folder " + dir.resolve("missing")
				+ " does not exist.\n" + "Cannot write " + dir + ": it is a directory, not a file.\n");
	}

	private String text() {
		return output.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}
