package fr.mosaic.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.mosaic.base.RefusedException;
import fr.mosaic.security.Access;

/** The outbox as the coordinator watches it: what waits to be sent, and what could not be. */
@PreAuthorize(Access.COORDINATORS)
@Service
public class NoticeService {

	private final NoticeRepository notices;

	private final Clock clock;

	NoticeService(NoticeRepository notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	/** How many notices wait to be sent, failed attempts included. */
	@Transactional(readOnly = true)
	public long pendingCount() {
		return notices.countByState(Notice.State.PENDING);
	}

	/** The notices given up after their last attempt, oldest first: their addresses may need correcting. */
	@Transactional(readOnly = true)
	public List<FailedNotice> failed() {
		return notices.findByStateOrderById(Notice.State.FAILED).stream()
				.map(n -> new FailedNotice(Objects.requireNonNull(n.getId()), n.getWeekStart(), n.getRecipient(),
						n.getSubject(), n.getAttempts(), n.getLastError()))
				.toList();
	}

	/**
	 * Puts a failed notice back in the outbox, due now: the sender tries it again at its next look, with the full
	 * series of attempts of a new notice, to the same recipient.
	 *
	 * @param id the {@link FailedNotice#id()}
	 * @throws RefusedException {@code notice.retry.notFailed} when the notice is no longer a failed one (already put
	 *         back, meanwhile); nothing is changed
	 */
	@Transactional
	public void retry(long id) {
		notices.findById(id).filter(notice -> notice.getState() == Notice.State.FAILED)
				.orElseThrow(() -> new RefusedException("notice.retry.notFailed")).retry(clock.instant());
	}

	/** A notice never sent: its week, to whom, after how many attempts and why the last one failed. */
	public record FailedNotice(long id, LocalDate weekStart, String recipient, String subject, int attempts,
			@Nullable String lastError) {
	}

}
