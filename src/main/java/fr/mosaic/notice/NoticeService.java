package fr.mosaic.notice;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.mosaic.security.Access;

/** The outbox as the coordinator watches it: what waits to be sent, and what could not be. */
@PreAuthorize(Access.COORDINATORS)
@Service
public class NoticeService {

	private final NoticeRepository notices;

	NoticeService(NoticeRepository notices) {
		this.notices = notices;
	}

	/** How many notices wait to be sent, failed attempts included. */
	@Transactional(readOnly = true)
	public long pendingCount() {
		return notices.countByState(Notice.State.PENDING);
	}

	/** The notices given up after their last attempt, oldest first: their addresses may need correcting. */
	@Transactional(readOnly = true)
	public List<FailedNotice> failed() {
		return notices.findByStateOrderById(Notice.State.FAILED).stream().map(n -> new FailedNotice(n.getWeekStart(),
				n.getRecipient(), n.getSubject(), n.getAttempts(), n.getLastError())).toList();
	}

	/** A notice never sent: its week, to whom, after how many attempts and why the last one failed. */
	public record FailedNotice(LocalDate weekStart, String recipient, String subject, int attempts,
			@Nullable String lastError) {
	}

}
