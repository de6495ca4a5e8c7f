package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mosaic.demo.ProblemGenerator;
import fr.mosaic.demo.ProblemSize;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.planning.validation.PlanValidator;

/** The import and export commands, run as a coordinator would, without the web server. */
class CommandLineIT {

	final ByteArrayOutputStream output = new ByteArrayOutputStream();

	final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	@Test
	void importsAProblemFileAndExportsTheWeekBack() throws Exception {
		// the command starts its own context on the test database: begin from an empty register
		CommandLine.withDatabase(new String[] { "clean" }, 1, context -> {
			DatabaseCleaner.clean(context.getBean(DataSource.class));
			return 0;
		});
		var problem = Path.of("docs/spec/examples/small-problem.json");
		var exported = dir.resolve("week.json");

		assertThat(CommandLine.run(new String[] { "import", problem.toString() }, out)).isZero();
		assertThat(CommandLine.run(new String[] { "export-problem", "2026-11-23", exported.toString() }, out)).isZero();

		var json = new InterchangeJson();
		assertThat(json.readProblem(Files.readString(exported))).isEqualTo(json.readProblem(Files.readString(problem)));
		assertThat(text()).contains("Imported week 2026-11-23: 3 members, 3 workers, 5 requests (8 shifts)");
	}

	@Test
	void reportsEveryErrorOfABadFileAndFailsWithoutChangingAnything() throws Exception {
		var bad = dir.resolve("bad.json");
		Files.writeString(bad, Files.readString(Path.of("docs/spec/examples/small-problem.json"))
				.replace("\"weekStart\": \"2026-11-23\"", "\"weekStart\": \"2026-11-24\""));

		assertThat(CommandLine.run(new String[] { "import", bad.toString() }, out)).isEqualTo(1);
		assertThat(text()).contains("was not imported; nothing was changed").contains("$.weekStart");
	}

	@Test
	void importNamesAFileThatCannotBeAProblemFile() throws Exception {
		var empty = Files.writeString(dir.resolve("empty.json"), "");

		assertThat(CommandLine.run(new String[] { "import", empty.toString() }, out)).isEqualTo(1);
		assertThat(text()).isEqualTo("Cannot read " + empty + ": it is empty." + System.lineSeparator());
	}

	@Test
	void solvesAProblemFileIntoAValidPlanFileWithoutTheDatabase() throws Exception {
		var problem = Path.of("docs/spec/examples/small-problem.json");
		var planFile = dir.resolve("plan.json");

		assertThat(CommandLine.run(new String[] { "solve", problem.toString(), planFile.toString(), "2" }, out))
				.isZero();

		var json = new InterchangeJson();
		var plan = json.readPlan(Files.readString(planFile));
		assertThat(new PlanValidator().validate(json.readProblem(Files.readString(problem)), plan)).isEmpty();
		assertThat(plan.shifts()).hasSize(8);
		assertThat(text()).contains("feasible").contains(planFile.toString());
	}

	@Test
	void writesTheDemoGroupAsAProblemFileThatReadsBackClean() throws Exception {
		var file = dir.resolve("demo.json");

		assertThat(CommandLine.run(new String[] { "generate", "demo", "2026-11-23", file.toString() }, out)).isZero();
		assertThat(CommandLine.run(new String[] { "generate", "huge", "2026-11-23", file.toString() }, out))
				.isEqualTo(2);

		assertThat(new InterchangeJson().readProblem(Files.readString(file)))
				.isEqualTo(new ProblemGenerator().generate(ProblemSize.DEMO, LocalDate.of(2026, 11, 23)));
		assertThat(text()).contains("Unknown size huge: one of [DEMO, S, M, L, XL]");
	}

	@Test
	void saysSoWhenAWeekHasNoStoredPlan() {
		assertThat(CommandLine.run(new String[] { "export-plan", "2031-01-06", dir.resolve("p.json").toString() }, out))
				.isEqualTo(1);
		assertThat(text()).contains("No plan is stored for the week of 2031-01-06");
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
