package fr.mosaic.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The benchmark command on the demo size with 1 s and 2 s limits; real runs are made by hand, not in the build. */
class BenchmarkTest {

	@Test
	void printsOneTableWithTheGreedyAndTheSolverRows() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		int code = Benchmark.run(new String[] { "--sizes", "demo", "--seeds", "1", "--seconds", "1,2",
				"--bound-seconds", "2", "--unimproved", "DEMO=1" },
				new PrintStream(bytes, true, StandardCharsets.UTF_8));

		String out = bytes.toString(StandardCharsets.UTF_8);
		assertThat(code).isZero();
		assertThat(out).contains("instance", "bound", "gap", "continuity", "best at", "moves/s", "hard violations");
		// one solve, read at 1 s and at 2 s
		assertThat(out.lines().filter(line -> line.startsWith("DEMO normal #0 ("))).hasSize(3)
				.anyMatch(line -> line.contains(" greedy ") && line.endsWith(" 0"))
				.anyMatch(line -> line.contains(" timefold in 2 s ") && line.contains("1.0 s") && line.endsWith(" 0"))
				.anyMatch(line -> line.contains(" timefold ") && line.contains("2.0 s") && line.endsWith(" 0"));
		assertThat(out.lines().filter(line -> line.startsWith("DEMO normal ") && !line.contains("#"))).hasSize(3);
		// how long the bounds took, as the progress says
		assertThat(out.lines()).anyMatch(line -> line.matches("# DEMO normal #0 \\(.*\\): bounds took \\d+\\.\\d s"));
	}

	@Test
	void rejectsAnUnknownSizeOrOptionWithItsUsage() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

		assertThat(Benchmark.run(new String[] { "--sizes", "XXL" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--seconds", "0" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--seeds", "three" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--bound-seconds", "-5" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--bound-seconds", "abc" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--fast" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--loads", "heavy" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--unimproved", "S" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--weights", "travelTime" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--weights", "commute=0hard/0medium/1soft" }, out)).isEqualTo(2);
		assertThat(Benchmark.run(new String[] { "--weights", "travelTime=much" }, out)).isEqualTo(2);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Usage: benchmark [--sizes S,M,L,XL]",
				"--weights takes rule=weight, not travelTime",
				"counts and time limits are positive whole numbers: three",
				"--bound-seconds takes 0 (no bounds) or a number of seconds, not -5",
				"--bound-seconds takes 0 (no bounds) or a number of seconds, not abc", "Unknown constraint 'commute'",
				"Weight of constraint 'travelTime' is not a score");
	}

}
