package fr.mosaic.worker;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Hours of one weekday in a worker's weekly availability pattern. */
@Embeddable
public record AvailabilitySlot(@Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
		@Column(name = "from_time") LocalTime from, @Column(name = "to_time") LocalTime to) {
}
