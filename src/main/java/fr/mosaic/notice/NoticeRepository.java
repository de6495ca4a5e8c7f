package fr.mosaic.notice;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	/** The next notices due, oldest first, a batch at a time. */
	List<Notice> findTop100ByStateAndNextAttemptAtLessThanEqualOrderById(Notice.State state, Instant now);

	List<Notice> findByStateOrderById(Notice.State state);

	long countByState(Notice.State state);

}
