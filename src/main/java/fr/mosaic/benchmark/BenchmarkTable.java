package fr.mosaic.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Benchmark results as one aligned plain-text table, one row per instance and solver. */
public final class BenchmarkTable {

	private static final String[] HEADERS = { "instance", "solver", "time limit", "score", "coverage", "at contract",
			"shortfall", "first feasible", "moves/s", "hard violations" };

	// text columns align left, figures right
	private static final boolean[] RIGHT = { false, false, true, false, true, true, true, true, true, true };

	private final List<String[]> rows = new ArrayList<>();

	/**
	 * One run's results.
	 *
	 * @param timeLimit null for a planner without one (the greedy)
	 * @param firstFeasible when the first feasible plan was found, null if none or unknown
	 * @param movesPerSecond null when the planner does not make moves
	 */
	public record Row(String instance, String solver, @Nullable Duration timeLimit, String score, PlanMetrics metrics,
			@Nullable Duration firstFeasible, @Nullable Double movesPerSecond) {
	}

	public BenchmarkTable add(Row row) {
		PlanMetrics m = row.metrics();
		rows.add(new String[] { row.instance(), row.solver(), duration(row.timeLimit()), row.score(),
				String.format(Locale.ROOT, "%.1f %%", 100 * m.coverage()), m.workersAtContract() + "/" + m.workers(),
				String.format(Locale.ROOT, "%.1f h", m.contractShortfallMinutes() / 60.0),
				duration(row.firstFeasible()),
				row.movesPerSecond() == null ? "-" : String.format(Locale.ROOT, "%,.0f", row.movesPerSecond()),
				Integer.toString(m.hardViolations()) });
		return this;
	}

	public String format() {
		int[] widths = new int[HEADERS.length];
		for (int c = 0; c < HEADERS.length; c++) {
			widths[c] = HEADERS[c].length();
			for (String[] row : rows) {
				widths[c] = Math.max(widths[c], row[c].length());
			}
		}
		StringBuilder out = new StringBuilder();
		line(out, HEADERS, widths);
		String[] rule = new String[HEADERS.length];
		for (int c = 0; c < rule.length; c++) {
			rule[c] = "-".repeat(widths[c]);
		}
		line(out, rule, widths);
		rows.forEach(row -> line(out, row, widths));
		return out.toString();
	}

	@Override
	public String toString() {
		return format();
	}

	private static void line(StringBuilder out, String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int c = 0; c < cells.length; c++) {
			String pad = " ".repeat(widths[c] - cells[c].length());
			line.append(c == 0 ? "" : "  ").append(RIGHT[c] ? pad + cells[c] : cells[c] + pad);
		}
		out.append(line.toString().stripTrailing()).append('\n');
	}

	private static String duration(@Nullable Duration d) {
		if (d == null) {
			return "-";
		}
		long millis = d.toMillis();
		return millis < 60_000
				? String.format(Locale.ROOT, "%.1f s", millis / 1000.0)
				: String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, millis / 1000 % 60);
	}

}
