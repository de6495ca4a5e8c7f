package fr.mosaic.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByInvitationHash(String invitationHash);

	List<UserAccount> findAllByOrderByUsername();

	List<UserAccount> findByEmailIsNotNull();

	boolean existsByRole(String role);

	boolean existsByUsername(String username);

	long countByMemberId(long memberId);

	long countByWorkerId(long workerId);

	/**
	 * Counts one more failed login of the account, if it exists, and locks it until {@code until} once the count
	 * reaches {@code maxFailures}. One statement, so that concurrent attempts all count; the lock is set first because
	 * MariaDB assigns left to right and must compare the count before it grows.
	 */
	@Modifying
	@Query("""
			update UserAccount a
			set a.lockedUntil = case when a.failedLogins + 1 >= :maxFailures then :until else a.lockedUntil end,
				a.failedLogins = a.failedLogins + 1
			where a.username = :username""")
	int recordFailure(String username, int maxFailures, Instant until);

	/** Forgets the failed logins of an account that just logged in; writes only when there were some. */
	@Modifying
	@Query("update UserAccount a set a.failedLogins = 0, a.lockedUntil = null where a.username = :username"
			+ " and (a.failedLogins > 0 or a.lockedUntil is not null)")
	int recordSuccess(String username);

	/** Remembers the language of the account's login; writes only when it changed. */
	@Modifying
	@Query("update UserAccount a set a.locale = :locale where a.username = :username"
			+ " and (a.locale is null or a.locale <> :locale)")
	int recordLocale(String username, String locale);

}
