package fr.mosaic.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.validation.PlanValidator;
import tools.jackson.databind.json.JsonMapper;

/** Metrics and the results table on the spec's worked example, and the greedy on it. */
class PlanMetricsTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final ProblemDocument PROBLEM = read("small-problem.json", ProblemDocument.class);

	private static final PlanDocument PLAN = read("small-plan.json", PlanDocument.class);

	@Test
	void workedExampleMetrics() {
		PlanMetrics metrics = PlanMetrics.of(PROBLEM, PLAN);
		// w1 works 662 min travel included, w2 840, w3 840: nobody reaches their contract
		assertThat(metrics).isEqualTo(new PlanMetrics(2340, 2340, 1.0, 3, 0, 1438 + 600 + 1260, 0));
	}

	@Test
	void uncoveredShiftLowersCoverage() {
		List<PlanDocument.Shift> shifts = new ArrayList<>(PLAN.shifts());
		shifts.set(6, new PlanDocument.Shift("r4", 0, null, null, null, null, "nobody"));
		PlanDocument plan = new PlanDocument(PLAN.weekStart(), PLAN.score(), true, shifts, null, null);
		PlanMetrics metrics = PlanMetrics.of(PROBLEM, plan);
		assertThat(metrics.coveredMinutes()).isEqualTo(2100);
		assertThat(metrics.contractShortfallMinutes()).isEqualTo(1438 + 600 + 1500);
	}

	@Test
	void greedyKeepsPinsAndRulesOnWorkedExample() {
		PlanDocument plan = new GreedyPlanner().plan(PROBLEM);
		assertThat(new PlanValidator().validate(PROBLEM, plan)).isEmpty();
		assertThat(plan.shifts().get(0)).extracting(PlanDocument.Shift::worker, PlanDocument.Shift::pinned)
				.containsExactly("w1", true);
		assertThat(plan.workers()).filteredOn(w -> w.id().equals("w1")).singleElement()
				.satisfies(w -> assertThat(w.travelMinutes()).isLessThanOrEqualTo(w.workedMinutes()));
	}

	@Test
	void tableAlignsColumns() {
		String table = new BenchmarkTable()
				.add(new BenchmarkTable.Row("small", "timefold", Duration.ofSeconds(30), "0hard/0medium/-3900soft",
						PlanMetrics.of(PROBLEM, PLAN), Duration.ofMillis(1200), 123456.0))
				.add(new BenchmarkTable.Row("small", "greedy", null, "n/a", PlanMetrics.of(PROBLEM, PLAN), null, null))
				.format();
		List<String> lines = table.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("instance  solver    time limit  score");
		assertThat(lines.get(2)).contains("30.0 s", "100.0 %", "0/3", "55.0 h", "1.2 s", "123,456");
		assertThat(lines.get(3)).contains("greedy", "n/a");
		// the coverage column ends at the same place on every line
		int end = lines.get(0).indexOf("coverage") + "coverage".length();
		assertThat(lines.subList(2, 4)).allMatch(l -> l.substring(end - 1, end).equals("%"));
	}

	private static <T> T read(String file, Class<T> type) {
		try {
			return MAPPER.readValue(Files.readString(Path.of("docs/spec/examples", file)), type);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
