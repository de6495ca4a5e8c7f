package fr.mosaic.notice;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due notices, a hundred at most over one connection, every {@code mosaic.notice.send-interval} (30
 * s) after the previous look ended. A failed send is logged (WARN, with the recipient and the reason) and tried again
 * after a wait that doubles ({@link NoticeProperties#firstRetry()}), up to {@link NoticeProperties#maxAttempts()}
 * attempts; the notice then stays FAILED in the outbox, for the coordinator to see. Without a mail server
 * ({@code spring.mail.host} unset, the demo run's case) nothing is sent: the notices wait in the outbox, and the log
 * says so once.
 */
@Component
class NoticeSender {

	private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

	private final NoticeRepository notices;

	private final ObjectProvider<JavaMailSender> mail;

	private final NoticeProperties properties;

	private final Clock clock;

	private final AtomicBoolean toldNoServer = new AtomicBoolean();

	NoticeSender(NoticeRepository notices, ObjectProvider<JavaMailSender> mail, NoticeProperties properties,
			Clock clock) {
		this.notices = notices;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${mosaic.notice.send-interval:30s}", initialDelayString = "${mosaic.notice.send-interval:30s}")
	void sendScheduled() {
		sendDue();
	}

	/**
	 * Sends the notices whose time has come over one connection, and stores each as sent or failed.
	 *
	 * @return how many were sent
	 */
	int sendDue() {
		var sender = server();
		if (sender == null) {
			if (!toldNoServer.getAndSet(true)) {
				log.info("No mail server configured (spring.mail.host): notices stay in the outbox, unsent.");
			}
			return 0;
		}
		var due = notices.findTop100ByStateAndNextAttemptAtLessThanEqualOrderById(Notice.State.PENDING,
				clock.instant());
		if (due.isEmpty()) {
			return 0;
		}
		var messages = due.stream().map(this::message).toList();
		var failures = failures(sender, messages);
		var sent = 0;
		for (var i = 0; i < due.size(); i++) {
			var notice = due.get(i);
			var failure = failures.apply(messages.get(i));
			if (failure == null) {
				notice.sent(clock.instant());
				sent++;
			} else {
				failed(notice, failure);
			}
		}
		notices.saveAll(due);
		return sent;
	}

	/** Sends the messages; answers each one's failure, null for one sent. */
	private static Function<SimpleMailMessage, @Nullable Exception> failures(JavaMailSender sender,
			List<SimpleMailMessage> messages) {
		try {
			sender.send(messages.toArray(SimpleMailMessage[]::new));
			return message -> null;
		} catch (MailSendException ex) {
			// each message's own failure (a refused recipient), or none listed when it failed before any was sent
			var failed = ex.getFailedMessages();
			return failed.isEmpty() ? message -> ex : failed::get;
		} catch (MailException ex) {
			// the server refused the login, or the messages could not even be prepared
			return message -> ex;
		}
	}

	private void failed(Notice notice, Exception failure) {
		notice.failed(reason(failure), clock.instant(), properties.maxAttempts(), properties.firstRetry());
		if (notice.getState() == Notice.State.FAILED) {
			log.warn("Notice {} to {} not sent, attempt {}, given up: {}", notice.getId(), notice.getRecipient(),
					notice.getAttempts(), notice.getLastError());
		} else {
			log.warn("Notice {} to {} not sent, attempt {}, next at {}: {}", notice.getId(), notice.getRecipient(),
					notice.getAttempts(), notice.getNextAttemptAt(), notice.getLastError());
		}
	}

	// prod's spring.mail.host=${MOSAIC_MAIL_HOST:} names no server when the variable is unset, yet makes Boot build a
	// sender: that is no server either
	private @Nullable JavaMailSender server() {
		var sender = mail.getIfAvailable();
		return sender instanceof JavaMailSenderImpl smtp && (smtp.getHost() == null || smtp.getHost().isBlank())
				? null
				: sender;
	}

	private SimpleMailMessage message(Notice notice) {
		var message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(notice.getRecipient());
		message.setSubject(notice.getSubject());
		message.setText(notice.getBody());
		return message;
	}

	// the innermost cause says it best: "ConnectException: Connection refused", "SMTPAddressFailedException: 550 …"
	private static String reason(Exception failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

}
