package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.mosaic.interchange.InterchangeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and export commands, run as a coordinator would, without the web server. */
class CommandLineIT {

	final ByteArrayOutputStream output = new ByteArrayOutputStream();

	final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	@Test
	void importsAProblemFileAndExportsTheWeekBack() throws Exception {
		var problem = Path.of("src/test/resources/interchange/small-problem.json");
		var exported = dir.resolve("week.json");

		assertThat(CommandLine.run(new String[] { "import", problem.toString() }, out)).isZero();
		assertThat(CommandLine.run(new String[] { "export-problem", "2026-11-23", exported.toString() }, out))
			.isZero();

		var json = new InterchangeJson();
		assertThat(json.readProblem(Files.readString(exported))).isEqualTo(json.readProblem(Files.readString(problem)));
		assertThat(text()).contains("Imported week 2026-11-23: 3 members, 3 workers, 5 requests (8 shifts)");
	}

	@Test
	void reportsEveryErrorOfABadFileAndFailsWithoutChangingAnything() throws Exception {
		var bad = dir.resolve("bad.json");
		Files.writeString(bad, Files.readString(Path.of("src/test/resources/interchange/small-problem.json"))
			.replace("\"weekStart\": \"2026-11-23\"", "\"weekStart\": \"2026-11-24\""));

		assertThat(CommandLine.run(new String[] { "import", bad.toString() }, out)).isEqualTo(1);
		assertThat(text()).contains("was not imported; nothing was changed").contains("$.weekStart");
	}

	@Test
	void explainsHowToUseItWhenTheCommandIsUnknown() {
		assertThat(CommandLine.run(new String[] { "frobnicate" }, out)).isEqualTo(2);
		assertThat(text()).contains("Usage:").contains("import FILE");
	}

	private String text() {
		return output.toString(StandardCharsets.UTF_8);
	}

}
