package fr.mosaic.request;

import static fr.mosaic.base.LabourLaw.PLAIN_DAY_MINUTES;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A weekly window of a recurring request: every given weekday between two times; a "to" of midnight is 24:00. */
@Embeddable
public record RecurringWindow(@Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
		@Column(name = "from_time") LocalTime from, @Column(name = "to_time") LocalTime to) {

	/** Wall-clock minutes from the day's midnight to the end: 1,440 for an end of 24:00. */
	int endMinuteOfDay() {
		return to.equals(LocalTime.MIDNIGHT) ? PLAIN_DAY_MINUTES : to.toSecondOfDay() / 60;
	}

	/**
	 * This window on a date of its weekday, on the group's clock: a bound the clocks skip when they go forward moves to
	 * the moment they jump, as an availability's does, so the window keeps every hour that exists (spec "Time"); a
	 * window inside the skipped hour comes out empty.
	 */
	RequestWindow on(LocalDate day, ZoneId zone) {
		return new RequestWindow(ClockChanges.orJump(day.atTime(from), zone),
				ClockChanges.orJump(day.atStartOfDay().plusMinutes(endMinuteOfDay()), zone));
	}

}
