package fr.mosaic.base.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekday between two times, as the rows of weekly patterns and request windows edit it. */
public record DayTime(DayOfWeek day, LocalTime from, LocalTime to) {
}
