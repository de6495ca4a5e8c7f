package fr.mosaic.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	/** The next notices due, oldest first, a batch at a time. */
	List<Notice> findTop100ByStateAndNextAttemptAtLessThanEqualOrderById(Notice.State state, Instant now);

	List<Notice> findByStateOrderById(Notice.State state);

	long countByState(Notice.State state);

	/**
	 * Addresses the notices in one of the states to {@code before} to {@code after} instead. One statement: the sender
	 * may be sending one of them meanwhile, and then stores it as sent to {@code before}, which it was.
	 *
	 * @return how many notices now go to {@code after}
	 */
	@Modifying
	@Query("update Notice n set n.recipient = :after where n.recipient = :before and n.state in :states")
	int readdress(String before, String after, Collection<Notice.State> states);

}
