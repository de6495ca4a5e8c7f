package fr.mosaic.planning;

import java.util.function.Function;

/**
 * One of something for small weeks, those of fewer than {@link #SMALL_WEEK_SHIFTS} shifts, and one for the others: the
 * week solver searches small weeks differently ({@link WeekSolver#solverFactoriesFromClasspath()}). Closing closes each
 * that can be closed, once.
 *
 * @param smallWeeks for weeks of fewer than {@link #SMALL_WEEK_SHIFTS} shifts
 * @param largerWeeks for the others
 */
public record BySize<T>(T smallWeeks, T largerWeeks) implements AutoCloseable {

	/**
	 * Shifts from which a week is no longer small: the benchmark's S weeks have 60 to 131, M weeks 298 to 586 (the same
	 * line as the unimproved limits, {@link PlanningProperties#DEFAULT_UNIMPROVED_LIMIT}).
	 */
	public static final int SMALL_WEEK_SHIFTS = 200;

	/** The same for every size. */
	public static <T> BySize<T> same(T all) {
		return new BySize<>(all, all);
	}

	/** The one for a week of that many shifts. */
	public T forShifts(int shifts) {
		return shifts < SMALL_WEEK_SHIFTS ? smallWeeks : largerWeeks;
	}

	/** Each mapped on its own: a {@linkplain #same same} one becomes two. */
	public <U> BySize<U> map(Function<? super T, ? extends U> mapping) {
		return new BySize<>(mapping.apply(smallWeeks), mapping.apply(largerWeeks));
	}

	@Override
	public void close() throws Exception {
		if (smallWeeks instanceof AutoCloseable small) {
			small.close();
		}
		if (largerWeeks != smallWeeks && largerWeeks instanceof AutoCloseable larger) {
			larger.close();
		}
	}

}
