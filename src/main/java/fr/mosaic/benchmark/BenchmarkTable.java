package fr.mosaic.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;

/**
 * Benchmark results as aligned plain-text tables: one row per instance and solver, then per size, load, solver and time
 * limit the mean and the worst over the seeds.
 */
public final class BenchmarkTable {

	private static final String[] HEADERS = { "instance", "solver", "time limit", "coverage", "bound", "gap",
			"shortfall", "sf bound", "sf gap", "at contract", "continuity", "worst member", "spread", "nothing",
			"employers/day", "travel", "idle", "best at", "stopped", "first feasible", "moves/s", "hard violations" };

	private static final String[] SUMMARY_HEADERS = { "group", "solver", "time limit", "runs", "coverage mean",
			"gap mean", "gap worst", "sf gap mean", "sf gap worst", "continuity mean", "continuity worst",
			"worst member mean", "worst member worst", "employers/day mean", "employers/day worst", "best at mean",
			"moves/s mean", "hard violations" };

	private final List<Row> rows = new ArrayList<>();

	/**
	 * One run's results.
	 *
	 * @param group the size and load the instance stands for, whatever its seed
	 * @param timeLimit null for a planner without one (the greedy)
	 * @param bound null when no bound was computed
	 * @param firstFeasible when the first feasible plan was found, null if none or unknown
	 * @param bestAt solving time of the final best plan, null when the planner does not search
	 * @param stopped solving time when the solver stopped, null when the planner does not search
	 * @param movesPerSecond null when the planner does not make moves
	 */
	public record Row(String group, String instance, String solver, @Nullable Duration timeLimit, PlanMetrics metrics,
			PlanBound.@Nullable Figures bound, @Nullable Duration firstFeasible, @Nullable Duration bestAt,
			@Nullable Duration stopped, @Nullable Double movesPerSecond) {

		/** Coverage points below the bound; NaN without a bound. */
		double gapPoints() {
			return bound == null || bound.coverageKind() == PlanBound.Kind.NONE
					? Double.NaN
					: 100.0 * (bound.coverableMinutes() - metrics.coveredMinutes()) / metrics.requestedMinutes();
		}

		/** Shortfall hours above its bound; NaN without a bound. */
		double shortfallGapHours() {
			return bound == null ? Double.NaN : (metrics.contractShortfallMinutes() - bound.shortfallMinutes()) / 60.0;
		}

	}

	public BenchmarkTable add(Row row) {
		rows.add(row);
		return this;
	}

	List<Row> rows() {
		return rows;
	}

	/** Both tables: the runs, then the mean and worst per group. */
	public String format() {
		List<String[]> lines = new ArrayList<>();
		for (Row row : rows) {
			PlanMetrics m = row.metrics();
			PlanMetrics.MemberFigures f = m.members();
			PlanBound.Figures b = row.bound();
			lines.add(new String[] { row.instance(), row.solver(), duration(row.timeLimit()), percent(m.coverage()),
					b == null
							? "-"
							: b.coverageKind().label + " "
									+ percent((double) b.coverableMinutes() / m.requestedMinutes()),
					points(row.gapPoints()), hours(m.contractShortfallMinutes()),
					b == null ? "-" : b.shortfallKind().label + " " + hours(b.shortfallMinutes()),
					number("%.1f h", row.shortfallGapHours()), m.workersAtContract() + "/" + m.workers(),
					percent(f.continuityShare()), percent(f.worstUncoveredShare()),
					points(100 * f.uncoveredShareSpread()), nothing(f.membersWithNothing(), b),
					number("%.2f", f.employersPerWorkerDay()), hours(f.travelMinutes()), hours(f.idleMinutes()),
					duration(row.bestAt()), duration(row.stopped()), duration(row.firstFeasible()),
					row.movesPerSecond() == null ? "-" : number("%,.0f", row.movesPerSecond()),
					Integer.toString(m.hardViolations()) });
		}
		return align(HEADERS, lines) + "\n" + align(SUMMARY_HEADERS, summary());
	}

	private List<String[]> summary() {
		Map<List<Object>, List<Row>> groups = new LinkedHashMap<>();
		for (Row row : rows) {
			List<Object> key = new ArrayList<>();
			key.add(row.group());
			key.add(row.solver());
			key.add(row.timeLimit() == null ? "-" : row.timeLimit());
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
		}
		List<String[]> lines = new ArrayList<>();
		groups.forEach((key, runs) -> {
			Row first = runs.getFirst();
			lines.add(new String[] { first.group(), first.solver(), duration(first.timeLimit()),
					Integer.toString(runs.size()), percent(mean(runs, r -> r.metrics().coverage())),
					points(mean(runs, Row::gapPoints)), points(max(runs, Row::gapPoints)),
					number("%.1f h", mean(runs, Row::shortfallGapHours)),
					number("%.1f h", max(runs, Row::shortfallGapHours)),
					percent(mean(runs, r -> r.metrics().members().continuityShare())),
					percent(-max(runs, r -> -r.metrics().members().continuityShare())),
					percent(mean(runs, r -> r.metrics().members().worstUncoveredShare())),
					percent(max(runs, r -> r.metrics().members().worstUncoveredShare())),
					number("%.2f", mean(runs, r -> r.metrics().members().employersPerWorkerDay())),
					number("%.2f", max(runs, r -> r.metrics().members().employersPerWorkerDay())),
					first.bestAt() == null
							? "-"
							: number("%.1f s",
									mean(runs, r -> r.bestAt() == null ? Double.NaN : r.bestAt().toMillis() / 1000.0)),
					first.movesPerSecond() == null
							? "-"
							: number("%,.0f",
									mean(runs, r -> r.movesPerSecond() == null ? Double.NaN : r.movesPerSecond())),
					Integer.toString(runs.stream().mapToInt(r -> r.metrics().hardViolations()).sum()) });
		});
		return lines;
	}

	// members left with nothing, and how many of them no worker could serve at all
	private static String nothing(int members, PlanBound.@Nullable Figures bound) {
		return bound == null || bound.unservableMembers() < 0
				? Integer.toString(members)
				: members + " (" + bound.unservableMembers() + " unservable)";
	}

	private static double mean(List<Row> runs, ToDoubleFunction<Row> figure) {
		return runs.stream().mapToDouble(figure).average().orElse(Double.NaN);
	}

	private static double max(List<Row> runs, ToDoubleFunction<Row> figure) {
		return runs.stream().mapToDouble(figure).max().orElse(Double.NaN);
	}

	@Override
	public String toString() {
		return format();
	}

	private static String align(String[] headers, List<String[]> lines) {
		int[] widths = new int[headers.length];
		for (int c = 0; c < headers.length; c++) {
			widths[c] = headers[c].length();
			for (String[] line : lines) {
				widths[c] = Math.max(widths[c], line[c].length());
			}
		}
		StringBuilder out = new StringBuilder();
		line(out, headers, widths);
		String[] rule = new String[headers.length];
		for (int c = 0; c < rule.length; c++) {
			rule[c] = "-".repeat(widths[c]);
		}
		line(out, rule, widths);
		lines.forEach(l -> line(out, l, widths));
		return out.toString();
	}

	// the first two columns are text and align left, figures right
	private static void line(StringBuilder out, String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int c = 0; c < cells.length; c++) {
			String pad = " ".repeat(widths[c] - cells[c].length());
			line.append(c == 0 ? "" : "  ").append(c > 1 ? pad + cells[c] : cells[c] + pad);
		}
		out.append(line.toString().stripTrailing()).append('\n');
	}

	private static String percent(double share) {
		return number("%.1f %%", 100 * share);
	}

	private static String points(double points) {
		return number("%.1f pt", points);
	}

	private static String hours(long minutes) {
		return number("%.1f h", minutes / 60.0);
	}

	private static String number(String format, double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
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
