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
					out))
				.isEqualTo(1);
		}

		assertThat(text()).isEqualTo("Cannot read " + missing + ": there is no such file.\n" + "Cannot read " + dir
				+ ": it is a directory, not a file.\n" + "Cannot read " + empty + ": it is empty.\n" + "Cannot read "
				+ binary + ": it is not text; a problem file is JSON in UTF-8.\n");
	}

	@Test
	void solveReportsTextThatIsNotJsonWithItsPosition() throws Exception {
		var notJson = Files.writeString(dir.resolve("notes.json"), "hello");

		assertThat(CommandLine.run(new String[] { "solve", notJson.toString(), dir.resolve("plan.json").toString() },
				out))
			.isEqualTo(1);

		assertThat(text()).startsWith(notJson + " cannot be solved:\n  $: ");
	}

	@Test
	void helpListsTheExitCodes() {
		assertThat(CommandLine.run(new String[] { "help" }, out)).isEqualTo(2);

		assertThat(text()).contains("Exit codes: 0 done, 1 input refused (nothing changed), 2 wrong arguments,")
			.contains("3 the plan breaks a rule (solve: not feasible; validate: breaches found),")
			.contains("4 failed otherwise");
	}

	private String text() {
		return output.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}
