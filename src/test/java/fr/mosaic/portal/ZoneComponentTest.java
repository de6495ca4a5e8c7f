package fr.mosaic.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;

/**
 * A zone's VTIMEZONE, written from the JDK's rules: each yearly change an observance starting at the local time before
 * it, with its offsets and its day as a recurrence (RFC 5545, 3.6.5).
 */
class ZoneComponentTest {

	static final Instant NOW = Instant.parse("2026-11-18T08:00:00Z");

	@Test
	void parisChangesOnTheLastSundaysOfMarchAndOctober() {
		assertThat(written("Europe/Paris")).contains("TZID:Europe/Paris", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000",
				"TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "BEGIN:STANDARD",
				"DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
				"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10");
	}

	@Test
	void newYorkChangesOnTheSecondSundayOfMarchAndTheFirstOfNovember() {
		assertThat(written("America/New_York")).contains("TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
				"DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "DTSTART:19701101T020000",
				"RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11");
	}

	@Test
	void aZoneWhoseClocksNeverChangeHasItsOneOffset() {
		var text = written("Asia/Tokyo");
		assertThat(text).contains("BEGIN:STANDARD", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900").doesNotContain("DAYLIGHT",
				"RRULE");
	}

	private static String written(String id) {
		var zone = ZoneId.of(id);
		var calendar = new ICalendar();
		var event = new VEvent();
		event.setDateStart(Date.from(NOW));
		calendar.addEvent(event);
		calendar.getTimezoneInfo()
				.setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), ZoneComponent.of(zone, NOW)));
		return calendar.write();
	}

}
