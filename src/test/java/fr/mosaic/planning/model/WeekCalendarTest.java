package fr.mosaic.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The spec's figures for the weeks the clocks change in Paris. */
class WeekCalendarTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final WeekCalendar FALL_BACK = WeekCalendar.of(LocalDate.of(2026, 10, 19), PARIS);

	static final WeekCalendar SPRING_FORWARD = WeekCalendar.of(LocalDate.of(2026, 3, 23), PARIS);

	@Test
	void aWeekLastsTheElapsedMinutesBetweenItsMondayMidnights() {
		assertThat(FALL_BACK.weekMinutes()).isEqualTo(10_140);
		assertThat(FALL_BACK.dayStart(7) - FALL_BACK.dayStart(6)).isEqualTo(1_500);
		assertThat(SPRING_FORWARD.weekMinutes()).isEqualTo(10_020);
		assertThat(SPRING_FORWARD.dayStart(7) - SPRING_FORWARD.dayStart(6)).isEqualTo(1_380);
		assertThat(WeekCalendar.of(LocalDate.of(2026, 11, 23), PARIS).weekMinutes()).isEqualTo(10_080);
	}

	@Test
	void aTimeTheClocksRepeatIsItsFirstOccurrenceAndTheSecondComesAnHourLater() {
		int first = FALL_BACK.minuteOf(LocalDateTime.of(2026, 10, 25, 2, 30));

		assertThat(first).isEqualTo(6 * 1440 + 150);
		assertThat(FALL_BACK.timeOf(first).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(FALL_BACK.timeOf(first + 60).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
		assertThat(FALL_BACK.timeOf(first + 60).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
	}

	@Test
	void aTimeTheClocksSkipIsRefusedButAPatternBoundInItStartsWhenTheyJump() {
		var skipped = LocalDateTime.of(2026, 3, 29, 2, 30);

		assertThatThrownBy(() -> SPRING_FORWARD.minuteOf(skipped)).isInstanceOf(DateTimeException.class)
				.hasMessage("2026-03-29T02:30 does not exist in Europe/Paris");
		assertThat(SPRING_FORWARD.boundaryMinute(skipped)).isEqualTo(6 * 1440 + 120)
				.isEqualTo(SPRING_FORWARD.minuteOf(LocalDateTime.of(2026, 3, 29, 3, 0)));
	}

	@Test
	void daysRunFromLocalMidnightToLocalMidnight() {
		int sunday = FALL_BACK.dayStart(6);

		assertThat(FALL_BACK.dayOf(sunday + 1_499)).isEqualTo(6);
		assertThat(FALL_BACK.dayOf(sunday + 1_500)).isEqualTo(7);
		// a 600-minute shift from Sunday 00:00 ends at 09:00 and its 600 minutes are all Sunday's
		assertThat(FALL_BACK.timeOf(sunday + 600).toLocalTime()).hasToString("09:00");
		assertThat(FALL_BACK.minutesOnDay(sunday, sunday + 600, 6)).isEqualTo(600);
		assertThat(FALL_BACK.minutesOnDay(sunday - 60, sunday + 600, 5)).isEqualTo(60);
	}

}
