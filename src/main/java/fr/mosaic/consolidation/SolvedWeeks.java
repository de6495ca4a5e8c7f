package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The weeks a what-if runs over, oldest first, each with its plan: the one loop that runs a what-if's work week after
 * week for the three kinds, and the sums over the weeks (minutes, elapsed).
 */
public record SolvedWeeks(List<SolvedWeek> weeks) {

	/** The most weeks a what-if runs over: the last four, as the "last weeks" asks. */
	public static final int MAX_WEEKS = 4;

	/** @throws IllegalArgumentException when there is no week */
	public SolvedWeeks {
		if (weeks.isEmpty()) {
			throw new IllegalArgumentException("a what-if needs a week");
		}
		weeks = List.copyOf(weeks);
	}

	public static SolvedWeeks of(SolvedWeek... weeks) {
		return new SolvedWeeks(List.of(weeks));
	}

	/** The weeks' Mondays, oldest first. */
	public List<LocalDate> starts() {
		return weeks.stream().map(week -> week.problem().weekStart()).toList();
	}

	/** The latest week: the one the coordinator chose, whose register names the workers, members and skills. */
	public SolvedWeek last() {
		return weeks.getLast();
	}

	public long coveredMinutes() {
		return weeks.stream().mapToLong(SolvedWeek::coveredMinutes).sum();
	}

	public long requestedMinutes() {
		return weeks.stream().mapToLong(week -> HiringScenarios.requestedMinutes(week.problem())).sum();
	}

	/**
	 * Runs {@code work} on each week in turn, oldest first. The work tells its solves done out of the same number of
	 * solves each week; the progress hears which week is under way and the solves counted over all the weeks.
	 *
	 * @return each week's result, oldest first
	 */
	public <T> List<T> each(Progress progress, BiFunction<SolvedWeek, Progress, T> work) {
		List<T> results = new ArrayList<>();
		int count = weeks.size();
		for (int i = 0; i < count; i++) {
			int before = i;
			progress.week(i + 1, count);
			results.add(
					work.apply(weeks.get(i), (done, total) -> progress.solved(before * total + done, count * total)));
		}
		return results;
	}

	/** The minutes of each key summed over the weeks' maps, keys in order. */
	static <K extends Comparable<K>> Map<K, Long> sum(List<Map<K, Long>> perWeek) {
		Map<K, Long> sum = new TreeMap<>();
		perWeek.forEach(week -> week.forEach((key, minutes) -> sum.merge(key, minutes, Long::sum)));
		return sum;
	}

}
