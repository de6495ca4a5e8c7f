package fr.mosaic.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

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
		// w1 works 662 min travel included, w2 840, w3 840: nobody reaches their contract. w1 has history at m1 (480
		// min covered) and w2 at m3 (840 min); w1 serves two employers on Monday, with 2 min of travel and 58 idle
		assertThat(metrics).isEqualTo(new PlanMetrics(2340, 2340, 1.0, 3, 0, 1438 + 600 + 1260, 0,
				new PlanMetrics.MemberFigures(1320.0 / 2340, 0, 0, 0, 8.0 / 7, 2, 58)));
	}

	@Test
	void uncoveredShiftLowersCoverage() {
		List<PlanDocument.Shift> shifts = new ArrayList<>(PLAN.shifts());
		shifts.set(6, new PlanDocument.Shift("r4", 0, null, null, null, null, "nobody"));
		PlanDocument plan = new PlanDocument(PLAN.weekStart(), PLAN.score(), true, shifts, null, null);
		PlanMetrics metrics = PlanMetrics.of(PROBLEM, plan);
		assertThat(metrics.coveredMinutes()).isEqualTo(2100);
		assertThat(metrics.contractShortfallMinutes()).isEqualTo(1438 + 600 + 1500);
		// m2 asked for 600 min and got 360; the other two members got everything
		assertThat(metrics.members().worstUncoveredShare()).isEqualTo(0.4);
		assertThat(metrics.members().uncoveredShareSpread()).isCloseTo(Math.sqrt(0.16 / 3 - 0.16 / 9), offset(1e-9));
		assertThat(metrics.members().membersWithNothing()).isZero();
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
	void tableAlignsColumnsAndSummarisesSeeds() {
		PlanMetrics metrics = PlanMetrics.of(PROBLEM, PLAN);
		PlanBound.Figures bound = new PlanBound.Figures(2340, PlanBound.Kind.EXACT, 1200, PlanBound.Kind.RELAXED, null,
				0);
		String table = new BenchmarkTable()
				.add(new BenchmarkTable.Row("small", "small #0", "timefold", Duration.ofSeconds(30), metrics, bound,
						Duration.ofMillis(1200), Duration.ofMillis(3400), Duration.ofSeconds(30), 123456.0))
				.add(new BenchmarkTable.Row("small", "small #0", "greedy", null, metrics,
						new PlanBound.Figures(2340, PlanBound.Kind.PATTERN_LP, 1200, PlanBound.Kind.LP, null, 0), null,
						null, null, null))
				.format();
		List<String> lines = table.lines().toList();
		assertThat(lines).hasSize(4 + 1 + 4);
		assertThat(lines.get(0)).startsWith("instance  solver    time limit  coverage");
		assertThat(lines.get(2)).contains("30.0 s", "100.0 %", "exact 100.0 %", "0.0 pt", "55.0 h",
				"relaxed bound 20.0 h", "35.0 h", "0/3", "56.4 %", "0 (0 unservable)", "1.14", "3.4 s", "1.2 s",
				"123,456");
		assertThat(lines.get(3)).contains("greedy", "pattern LP bound 100.0 %");
		// the coverage column and the bound's figures end at the same place on every line, whatever the bound's kind
		int end = lines.get(0).indexOf("coverage") + "coverage".length();
		assertThat(lines.subList(2, 4)).allMatch(l -> l.substring(end - 1, end).equals("%"));
		int boundEnd = lines.get(0).indexOf("bound") + "bound".length();
		assertThat(lines.subList(2, 4)).allMatch(l -> l.substring(boundEnd - 7, boundEnd).equals("100.0 %"));
		assertThat(lines.get(5)).startsWith("group");
		assertThat(lines.get(7)).startsWith("small").contains("timefold", " 1 ", "0.0 pt", "35.0 h", "3.4 s");
	}

	private static <T> T read(String file, Class<T> type) {
		try {
			return MAPPER.readValue(Files.readString(Path.of("docs/spec/examples", file)), type);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
