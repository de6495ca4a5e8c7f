package fr.mosaic.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.request.Request;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.worker.Worker;

/**
 * A month counts the elapsed minutes of a shift that fall in it, in Paris, clock changes included; a repeated time's
 * offset says which of its two moments a shift starts at.
 */
class MonthSpanTest {

	static final MonthSpan OCTOBER = new MonthSpan(YearMonth.of(2026, 10), ClockChangeWeeks.PARIS);

	static final MonthSpan NOVEMBER = new MonthSpan(YearMonth.of(2026, 11), ClockChangeWeeks.PARIS);

	static final MonthSpan MARCH = new MonthSpan(YearMonth.of(2026, 3), ClockChangeWeeks.PARIS);

	@Test
	void theNightTheClocksGoBackCountsTheHourLivedTwice() {
		// 00:00 to 09:00 on the wall clock
		assertThat(OCTOBER.minutesOf(shift("2026-10-25T00:00", null, 600))).isEqualTo(600);
	}

	@Test
	void theSecondOccurrenceOfARepeatedTimeIsAnHourAfterTheFirst() {
		var first = Elapsed.start(shift("2026-10-25T02:30", null, 60), ClockChangeWeeks.PARIS);
		var second = Elapsed.start(shift("2026-10-25T02:30", ZoneOffset.ofHours(1), 60), ClockChangeWeeks.PARIS);

		assertThat(Duration.between(first, second)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void theNightTheClocksGoForwardCountsNoSkippedHour() {
		// 00:00 to 06:00 on the wall clock
		assertThat(MARCH.minutesOf(shift("2026-03-29T00:00", null, 300))).isEqualTo(300);
	}

	@Test
	void aShiftAcrossTheMonthsLastMidnightCountsInEachMonthItsMinutesFallIn() {
		var acrossMidnight = shift("2026-10-31T22:00", null, 240);

		assertThat(OCTOBER.minutesOf(acrossMidnight)).isEqualTo(120);
		assertThat(NOVEMBER.minutesOf(acrossMidnight)).isEqualTo(120);
		assertThat(MARCH.minutesOf(acrossMidnight)).isZero();
	}

	@Test
	void theMondaysAreThoseOfTheWeeksHoldingADayOfTheMonth() {
		assertThat(NOVEMBER.mondays()).containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2),
				LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23),
				LocalDate.of(2026, 11, 30));
	}

	private static PlannedShift shift(String start, @Nullable ZoneOffset offset, int minutes) {
		var request = new Request();
		request.setDurationMinutes(minutes);
		// the end is the start's duration later: the month reads the start and the duration only
		return new PlannedShift(request, 0, new Worker(), LocalDateTime.parse(start), offset, null, null, false, null);
	}

}
