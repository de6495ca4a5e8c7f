package fr.mosaic.notice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sending notices; the mail server itself is Spring Boot's {@code spring.mail.*}, and how often the outbox is looked at
 * {@code mosaic.notice.send-interval} (see {@link NoticeSender}).
 *
 * @param from the sender's address
 * @param maxAttempts attempts to send a notice before it is left FAILED in the outbox
 * @param firstRetry wait after the first failed attempt, by the clock; doubled after each further one
 */
@ConfigurationProperties("mosaic.notice")
record NoticeProperties(@DefaultValue("mosaic@localhost") String from, @DefaultValue("5") int maxAttempts,
		@DefaultValue("1m") Duration firstRetry) {
}
