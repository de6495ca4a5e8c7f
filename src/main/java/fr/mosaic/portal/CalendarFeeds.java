package fr.mosaic.portal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.ICalProperty;
import fr.mosaic.base.GroupSettingsService;
import fr.mosaic.security.Access;
import fr.mosaic.security.SecretTokens;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * Each worker's private iCalendar feed, so that their published shifts show in a phone's calendar: an address holding a
 * secret token, read without login. Only the token's hash is kept, so the address is shown once, when it is made; a new
 * one replaces it, and revoking it leaves none. The worker manages only their own feed.
 */
@PreAuthorize(Access.COORDINATORS)
@Service
public class CalendarFeeds {

	/** Where the feeds are served: this, the token and {@code .ics}. */
	static final String PATH = "/calendar/";

	/** How many weeks before the current one the feed holds: the recent past stays in the phone's calendar. */
	static final int WEEKS_BEFORE = 4;

	/** How many weeks after the current one the feed holds: a year, more than any week is published ahead. */
	static final int WEEKS_AFTER = 53;

	private final CalendarFeedRepository feeds;

	private final WeekPlanService plans;

	private final GroupSettingsService settings;

	private final SystemAccess systemAccess;

	private final Clock clock;

	CalendarFeeds(CalendarFeedRepository feeds, WeekPlanService plans, GroupSettingsService settings,
			SystemAccess systemAccess, Clock clock) {
		this.feeds = feeds;
		this.plans = plans;
		this.settings = settings;
		this.systemAccess = systemAccess;
		this.clock = clock;
	}

	/**
	 * Makes the worker a new feed, replacing any earlier one, whose address then stops working.
	 *
	 * @return the secret token, for the address {@code /calendar/{token}.ics}; it cannot be read again later
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public String issue(long workerId) {
		var token = SecretTokens.newToken();
		feeds.findById(workerId).ifPresent(earlier -> {
			feeds.delete(earlier);
			// the unique hash column would see the new row before the old one's deletion otherwise
			feeds.flush();
		});
		feeds.save(new CalendarFeed(workerId, SecretTokens.sha256(token), clock.instant()));
		return token;
	}

	/** The path of the feed with this token, from the application's root. */
	public static String path(String token) {
		return PATH + token + ".ics";
	}

	/** Revokes the worker's feed: its address answers as any unknown one. Nothing happens when there is none. */
	@Transactional
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public void revoke(long workerId) {
		feeds.deleteById(workerId);
	}

	/** When the worker's feed was made, if they have one. */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public Optional<Instant> issuedAt(long workerId) {
		return feeds.findById(workerId).map(CalendarFeed::getCreatedAt);
	}

	/**
	 * The calendar of the feed whose token this is: the worker's shifts as published, from {@link #WEEKS_BEFORE} weeks
	 * before the current one to {@link #WEEKS_AFTER} after, each an event with the member, the site's address, the
	 * start and end in the group's time zone (written with its VTIMEZONE) and a UID that stays the shift's while the
	 * week is re-published. Anyone with the token may read it: the token is the credential.
	 *
	 * @return the iCalendar text; empty for a token no feed has (wrong, or revoked)
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("permitAll()")
	public Optional<String> calendar(String token) {
		return feeds.findByTokenHash(SecretTokens.sha256(token)).map(feed -> write(feed.getWorkerId()));
	}

	private String write(long workerId) {
		var zone = ZoneId.of(settings.get().getTimeZone());
		var calendar = new ICalendar();
		calendar.setProductId("-//Mosaic//Planning//FR");
		var groupZone = new TimezoneAssignment(TimeZone.getTimeZone(zone), ZoneComponent.of(zone, clock.instant()));
		var stamp = Date.from(clock.instant());
		var thisWeek = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		// the token stands for the worker, who reads their own shifts: nobody is logged in to ask for them
		systemAccess.run(() -> plans
				.publishedShiftsOf(workerId, thisWeek.minusWeeks(WEEKS_BEFORE), thisWeek.plusWeeks(WEEKS_AFTER))
				.forEach(shift -> calendar.addEvent(event(shift, calendar.getTimezoneInfo(), zone, groupZone, stamp))));
		return calendar.write();
	}

	private static VEvent event(PlannedShift shift, TimezoneInfo zones, ZoneId zone, TimezoneAssignment groupZone,
			Date stamp) {
		var request = shift.getRequest();
		var member = Objects.requireNonNull(request.getMember());
		var site = Objects.requireNonNull(request.getSite());
		var event = new VEvent();
		// a week re-published replaces its shift rows: the UID is the request's week, code and shift number instead
		event.setUid(request.getWeekStart() + "-" + request.getCode() + "-" + shift.getIndex() + "@mosaic");
		event.setDateTimeStamp(stamp);
		event.setSummary(member.getName());
		event.setLocation(site.getAddress() == null || site.getAddress().isBlank()
				? site.getName()
				: site.getName() + ", " + site.getAddress());
		// only a covered shift is the worker's: it has its times
		var start = ZonedDateTime.ofLocal(Objects.requireNonNull(shift.getStart()), zone, shift.getStartOffset());
		var end = ZonedDateTime.ofLocal(Objects.requireNonNull(shift.getEnd()), zone, shift.getEndOffset());
		inZone(zones, event.setDateStart(Date.from(start.toInstant())), start, groupZone);
		inZone(zones, event.setDateEnd(Date.from(end.toInstant())), end, groupZone);
		return event;
	}

	/**
	 * Writes the time on the group's clock, except the second occurrence of a time the clocks repeat: a calendar reads
	 * a repeated local time as its first occurrence (RFC 5545, 3.3.5), so that one is written in UTC.
	 */
	private static void inZone(TimezoneInfo zones, ICalProperty property, ZonedDateTime time,
			TimezoneAssignment groupZone) {
		if (time.equals(time.withEarlierOffsetAtOverlap())) {
			zones.setTimezone(property, groupZone);
		}
	}

}
