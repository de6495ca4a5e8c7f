package fr.mosaic.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An account as the coordinator's list shows it.
 *
 * @param memberId the member employer a member's account speaks for, null for other roles
 * @param workerId the worker a worker's account is, null for other roles
 * @param mustChangePassword whether it still has the initial password the coordinator gave
 * @param invitationExpiresAt when its unused invitation link stops working, null when there is none
 * @param lockedUntil when its lock after failed logins ends, null when it was never locked since its last login
 * @param email where its notices go, null when it gets none
 */
public record Account(long id, String username, String role, @Nullable Long memberId, @Nullable Long workerId,
		boolean mustChangePassword, @Nullable Instant invitationExpiresAt, @Nullable Instant lockedUntil,
		@Nullable String email) {

	static Account of(UserAccount account) {
		return new Account(account.getId(), account.getUsername(), account.getRole(), account.getMemberId(),
				account.getWorkerId(), account.isMustChangePassword(), account.getInvitationExpiresAt(),
				account.getLockedUntil(), account.getEmail());
	}

	/** Whether the lock is on at this instant. */
	public boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

}
