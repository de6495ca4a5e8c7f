package fr.mosaic.portal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.stream.IntStream;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

/**
 * A time zone as an iCalendar VTIMEZONE, written from the JDK's rules rather than downloaded (biweekly's own way asks
 * tzurl.org): the zone's current yearly changes as recurring observances, or its one offset when the clocks never
 * change. A calendar reading the feed then places each time as the group's clocks do, clock changes included.
 */
final class ZoneComponent {

	/** The observances start in 1970, before any time the feed holds: only the current rules matter. */
	private static final int FIRST_YEAR = 1970;

	private ZoneComponent() {
	}

	/** @param now the zone's offset at this instant is its one offset when the clocks no longer change */
	static VTimezone of(ZoneId zone, Instant now) {
		var component = new VTimezone(zone.getId());
		var rules = zone.getRules();
		var changes = rules.getTransitionRules();
		if (changes.isEmpty()) {
			var offset = rules.getOffset(now);
			var standard = new StandardTime();
			standard.setDateStart(new DateTimeComponents(FIRST_YEAR, 1, 1, 0, 0, 0, false));
			offsets(standard, offset, offset);
			component.addStandardTime(standard);
			return component;
		}
		for (var change : changes) {
			var forward = change.getOffsetAfter().getTotalSeconds() > change.getOffsetBefore().getTotalSeconds();
			Observance observance = forward ? new DaylightSavingsTime() : new StandardTime();
			var start = change.createTransition(FIRST_YEAR).getDateTimeBefore();
			observance.setDateStart(components(start));
			offsets(observance, change.getOffsetBefore(), change.getOffsetAfter());
			observance.setRecurrenceRule(yearly(change));
			if (forward) {
				component.addDaylightSavingsTime((DaylightSavingsTime) observance);
			} else {
				component.addStandardTime((StandardTime) observance);
			}
		}
		return component;
	}

	/**
	 * The rule's day as a yearly recurrence: a fixed day; the month's first to fourth such weekday or its last, as the
	 * JDK tells them (the weekday on or after the 1st, 8th, 15th or 22nd; on or after the 25th of a 31-day month, or on
	 * or before its last day); else the weekday among the seven days from a day on, or up to a day from the month's
	 * end.
	 */
	private static Recurrence yearly(ZoneOffsetTransitionRule change) {
		var month = change.getMonth();
		var builder = new Recurrence.Builder(Frequency.YEARLY).byMonth(month.getValue());
		var day = change.getDayOfMonthIndicator();
		if (change.getDayOfWeek() == null) {
			return builder.byMonthDay(day).build();
		}
		var weekday = DayOfWeek.valueOfAbbr(change.getDayOfWeek().name().substring(0, 2));
		if (day > 0 && day <= 22 && (day - 1) % 7 == 0) {
			return builder.byDay((day - 1) / 7 + 1, weekday).build();
		}
		if (day == -1 || month != Month.FEBRUARY && day == month.maxLength() - 6) {
			return builder.byDay(-1, weekday).build();
		}
		var first = day < 0 ? day - 6 : day;
		return builder.byDay(weekday).byMonthDay(IntStream.range(first, first + 7).boxed().toList()).build();
	}

	private static DateTimeComponents components(LocalDateTime time) {
		return new DateTimeComponents(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
				time.getMinute(), time.getSecond(), false);
	}

	private static void offsets(Observance observance, ZoneOffset from, ZoneOffset to) {
		observance.setTimezoneOffsetFrom(new UtcOffset(from.getTotalSeconds() * 1000L));
		observance.setTimezoneOffsetTo(new UtcOffset(to.getTotalSeconds() * 1000L));
	}

}
