package fr.mosaic.portal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a worker's calendar feed at {@code /calendar/{token}.ics}, without login: the token is the credential. A wrong
 * or revoked token is a bare 404, told apart from no other case and logged as nothing.
 */
@RestController
class CalendarFeedController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(CalendarFeeds.PATH + "{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.calendar(token).map(calendar -> ResponseEntity.ok().contentType(CALENDAR).body(calendar))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
