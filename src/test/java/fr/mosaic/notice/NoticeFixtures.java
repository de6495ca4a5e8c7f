package fr.mosaic.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.stereotype.Component;

import fr.mosaic.base.ui.WeekField;

/**
 * Notices in the outbox as the coordinator's screens need them, written through the repository since only the sender
 * gives a notice up. Found by component scanning from the test classpath.
 */
@Component
public class NoticeFixtures {

	private final NoticeRepository notices;

	private final Clock clock;

	NoticeFixtures(NoticeRepository notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	/** A notice of next week to the recipient, given up after its one attempt failed with the error; its id. */
	public long failed(String recipient, String subject, String error) {
		var now = clock.instant();
		var notice = new Notice(nextWeek(), recipient, subject, "Bonjour,", now);
		notice.failed(error, now, 1, Duration.ofMinutes(1));
		return Objects.requireNonNull(notices.save(notice).getId());
	}

	/** The week the fixture's notices are of: the week after the tests' today. */
	public LocalDate nextWeek() {
		return WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(1);
	}

}
