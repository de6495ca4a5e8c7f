package fr.mosaic.request;

import java.time.DayOfWeek;
import java.time.LocalTime;

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
		return to.equals(LocalTime.MIDNIGHT) ? 1440 : to.toSecondOfDay() / 60;
	}

}
