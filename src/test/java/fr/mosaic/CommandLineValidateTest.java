package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ShiftKey;

/** {@code validate PROBLEM PLAN}: every breach of a plan file in words, and the exit code that says whether any. */
class CommandLineValidateTest {

	private static final Path PROBLEM = Path.of("docs/spec/examples/small-problem.json");

	private static final Path PLAN = Path.of("docs/spec/examples/small-plan.json");

	final ByteArrayOutputStream output = new ByteArrayOutputStream();

	final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	@Test
	void aLegalPlanHasNoBreachAndExitsZero() {
		assertThat(validate(PROBLEM, PLAN)).isEqualTo(0);

		assertThat(text()).isEqualTo("No breach: " + PLAN + " keeps every rule of " + PROBLEM + " (8 shifts)\n");
	}

	@Test
	void aPlanTypedWithOverlappingShiftsGetsEachBreachInWordsAndExitsThree() throws Exception {
		// w3 takes r3#0 (Monday 08:00-15:00) and r2#0 (Monday 13:00-16:00) too
		var plan = reassigned(Map.of("r3#0", "w3", "r2#0", "w3"));

		assertThat(validate(PROBLEM, plan)).isEqualTo(3);

		assertThat(text()).isEqualTo(plan + ": 3 breaches of the rules of " + PROBLEM + ":\n"
				+ "  worker w3, shift r2#0, shifts overlap, travel included: shift 2026-11-23T13:00–16:00 starts"
				+ " before the end of r3#0 plus 13 min of travel\n"
				+ "  worker w3, over 10 h of work in a day (Code du travail L3121-18): 613 min of work on 2026-11-23,"
				+ " above 600\n"
				+ "  worker w3, shift r3#0, no 20 min break after 6 h of work (Code du travail L3121-16): work from"
				+ " 2026-11-23T08:00 runs 480 min without a break of 20 min\n");
	}

	@Test
	void aMissingPlanFileGetsTheFileSentence() {
		var missing = dir.resolve("missing.json");

		assertThat(validate(PROBLEM, missing)).isEqualTo(1);

		assertThat(text()).isEqualTo("Cannot read " + missing + ": there is no such file.\n");
	}

	@Test
	void aBinaryPlanFileIsNamedAsAPlanFile() throws Exception {
		var binary = Files.write(dir.resolve("plan.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 });

		assertThat(validate(PROBLEM, binary)).isEqualTo(1);

		assertThat(text()).isEqualTo("Cannot read " + binary + ": it is not text; a plan file is JSON in UTF-8.\n");
	}

	private int validate(Path problem, Path plan) {
		return CommandLine.run(new String[] { "validate", problem.toString(), plan.toString() }, out);
	}

	/** The small plan with some shifts, named {@code request#index}, given to other workers. */
	private Path reassigned(Map<String, String> workers) throws Exception {
		var json = new InterchangeJson();
		var plan = json.readPlan(Files.readString(PLAN));
		var shifts = plan.shifts().stream()
				.map(s -> new PlanDocument.Shift(s.request(), s.index(),
						workers.getOrDefault(new ShiftKey(s.request(), s.index()).toString(), s.worker()), s.start(),
						s.end(), s.pinned(), s.reason()))
				.toList();
		var file = dir.resolve("typed-plan.json");
		Files.writeString(file, json.writePlan(new PlanDocument(plan.weekStart(), plan.score(), plan.feasible(), shifts,
				plan.workers(), plan.members())));
		return file;
	}

	private String text() {
		return output.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}
