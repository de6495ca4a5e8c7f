package fr.mosaic.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateOrDateTimeProperty;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * A worker's calendar feed, parsed back with biweekly: their published shifts with the right instants across the
 * October clock change, the site's address, stable UIDs and the group's zone; a wrong, replaced or revoked token reads
 * nothing, and a worker reaches no other worker's feed.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedsTest {

	@Autowired
	FallBackShifts fallBack;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	SystemAccess systemAccess;

	long workerId;

	long otherId;

	FallBackShifts.Published published;

	@BeforeAll
	void publishTheFallBackWeek() {
		workerId = fallBack.worker("feed-worker", "FEED-W1");
		otherId = fallBack.worker("feed-other", "FEED-W2");
		published = fallBack.publish("FEED", workerId, otherId);
	}

	@AfterAll
	void removeTheWeek() {
		fallBack.unpublish(published.week());
	}

	@Test
	@WithMockUser(username = "feed-worker", roles = AppRoles.WORKER)
	void theFeedHoldsTheWorkersShiftsAtTheirInstantsAcrossTheClockChange() {
		var token = feeds.issue(workerId);
		var text = feeds.calendar(token).orElseThrow();
		var calendar = Biweekly.parse(text).first();

		var events = calendar.getEvents();
		assertThat(events).extracting(event -> event.getUid().getValue()).containsExactlyElementsOf(published.uids());
		assertThat(events).extracting(event -> instant(calendar, event.getDateStart()))
				.containsExactlyElementsOf(published.starts());
		assertThat(events).extracting(event -> instant(calendar, event.getDateEnd()))
				.containsExactlyElementsOf(published.ends());
		assertThat(events).extracting(event -> event.getSummary().getValue()).containsOnly(published.member());
		assertThat(events).extracting(event -> event.getLocation().getValue())
				.allSatisfy(location -> assertThat(location).contains(FallBackShifts.ADDRESS));
		assertThat(calendar.getTimezoneInfo().getComponents()).singleElement()
				.satisfies(zone -> assertThat(zone.getTimezoneId().getValue()).isEqualTo("Europe/Paris"));
		var sunday = published.week().plusDays(6).toString().replace("-", "");
		assertThat(text).as("on the group's clock").contains("DTSTART;TZID=Europe/Paris:" + sunday + "T013000");
		assertThat(text).as("the second 02:30, which the zone's clock cannot tell from the first")
				.contains("DTSTART:" + sunday + "T013000Z");
	}

	@Test
	@WithMockUser(username = "feed-worker", roles = AppRoles.WORKER)
	void theUidsStayWhenTheWeekIsPublishedAgain() {
		var token = feeds.issue(workerId);
		var before = uids(feeds.calendar(token).orElseThrow());
		systemAccess.run(() -> {
			weekPlans.reopen(published.week());
			weekPlans.discardDraft(published.week());
		});

		assertThat(uids(feeds.calendar(token).orElseThrow())).isEqualTo(before).isNotEmpty();
	}

	@Test
	@WithMockUser(username = "feed-worker", roles = AppRoles.WORKER)
	void aWrongReplacedOrRevokedTokenReadsNothing() {
		var first = feeds.issue(workerId);
		assertThat(feeds.issuedAt(workerId)).isPresent();
		assertThat(feeds.calendar(first + "x")).as("a wrong token").isEmpty();

		var second = feeds.issue(workerId);
		assertThat(feeds.calendar(first)).as("a replaced token").isEmpty();
		assertThat(feeds.calendar(second)).isPresent();

		feeds.revoke(workerId);
		assertThat(feeds.calendar(second)).as("a revoked token").isEmpty();
		assertThat(feeds.issuedAt(workerId)).isEmpty();
	}

	@Test
	@WithMockUser(username = "feed-worker", roles = AppRoles.WORKER)
	void aWorkerReachesNoOtherWorkersFeedOrShifts() {
		var othersToken = systemAccess.call(() -> feeds.issue(otherId));

		assertThatThrownBy(() -> feeds.issue(otherId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> feeds.revoke(otherId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> feeds.issuedAt(otherId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> weekPlans.publishedShiftsOf(otherId, published.week(), published.week()))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(feeds.calendar(othersToken)).as("the other's feed still works").isPresent();
		assertThat(uids(feeds.calendar(othersToken).orElseThrow())).singleElement()
				.isEqualTo(published.week() + "-FEED-R3-0@mosaic");
	}

	private static List<String> uids(String text) {
		return Biweekly.parse(text).first().getEvents().stream().map(VEvent::getUid).map(uid -> uid.getValue())
				.toList();
	}

	/**
	 * The instant a calendar reads: a local time by the zone its TZID names, the first occurrence when the clocks
	 * repeat it (RFC 5545, 3.3.5); a time in UTC as it is. The zone is the JDK's, as a phone's is its own: biweekly's
	 * reading of a VTIMEZONE puts the hour after the clocks go back in summer time ({@link ZoneComponentTest} checks
	 * the component).
	 */
	private static Instant instant(ICalendar calendar, DateOrDateTimeProperty property) {
		var zone = calendar.getTimezoneInfo().getTimezone(property);
		if (zone == null) {
			return property.getValue().toInstant();
		}
		var raw = property.getValue().getRawComponents();
		return LocalDateTime
				.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(), raw.getSecond())
				.atZone(ZoneId.of(zone.getComponent().getTimezoneId().getValue())).toInstant();
	}

}
