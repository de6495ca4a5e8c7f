package fr.mosaic.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import biweekly.Biweekly;
import fr.mosaic.security.SystemAccess;

/**
 * The calendar feed over real HTTP, as a phone asks for it: without login, the worker's shifts as iCalendar; a wrong or
 * revoked token a bare 404 that leaves no stack trace in the log; no session made, and nothing but GET.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class CalendarFeedIT {

	@LocalServerPort
	int port;

	@Autowired
	FallBackShifts fallBack;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	SystemAccess systemAccess;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	long workerId;

	FallBackShifts.Published published;

	@BeforeAll
	void publish() {
		workerId = fallBack.worker("http-feed-worker", "HTTP-FEED-W1");
		published = fallBack.publish("HTTPFEED", workerId, fallBack.worker("http-feed-other", "HTTP-FEED-W2"));
	}

	@AfterAll
	void removeTheWeek() {
		fallBack.unpublish(published.week());
	}

	@Test
	void aPhoneReadsTheFeedWithoutLogin() throws Exception {
		var token = systemAccess.call(() -> feeds.issue(workerId));

		var response = get(CalendarFeeds.path(token));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
		assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
		assertThat(Biweekly.parse(response.body()).first().getEvents()).extracting(event -> event.getUid().getValue())
				.containsExactlyElementsOf(published.uids());
	}

	@Test
	void aWrongOrRevokedTokenIsABare404AndLeavesNoStackTrace(CapturedOutput output) throws Exception {
		var token = systemAccess.call(() -> feeds.issue(workerId));
		systemAccess.run(() -> feeds.revoke(workerId));

		for (var path : new String[] { CalendarFeeds.path(token), CalendarFeeds.path("no-such-token"),
				CalendarFeeds.path(token.substring(1)) }) {
			var response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).isEmpty();
		}
		assertThat(output.getAll()).doesNotContain("\tat ", "Exception");
	}

	@Test
	void theFeedAnswersNothingButGet() throws Exception {
		var token = systemAccess.call(() -> feeds.issue(workerId));

		var response = http.send(HttpRequest.newBuilder(uri(CalendarFeeds.path(token))).DELETE().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(systemAccess.call(() -> feeds.issuedAt(workerId))).isPresent();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
