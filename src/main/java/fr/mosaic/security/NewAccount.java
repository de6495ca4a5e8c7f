package fr.mosaic.security;

import org.jspecify.annotations.Nullable;

/**
 * An account to create: a coordinator's is bound to nothing, a member's to exactly one member employer, a worker's to
 * exactly one worker.
 *
 * @param role one of {@link AppRoles#COORDINATOR}, {@link AppRoles#MEMBER}, {@link AppRoles#WORKER}
 * @param email where the account's notices go, null or blank for none
 */
public record NewAccount(String username, String role, @Nullable Long memberId, @Nullable Long workerId,
		@Nullable String email) {

	/** Longest login name, in characters. */
	public static final int MAX_USERNAME_LENGTH = 80;

	public static NewAccount coordinator(String username) {
		return new NewAccount(username, AppRoles.COORDINATOR, null, null, null);
	}

	public static NewAccount member(String username, long memberId) {
		return new NewAccount(username, AppRoles.MEMBER, memberId, null, null);
	}

	public static NewAccount worker(String username, long workerId) {
		return new NewAccount(username, AppRoles.WORKER, null, workerId, null);
	}

	/** The same account, its notices sent to this address (null or blank: none). */
	public NewAccount withEmail(@Nullable String address) {
		return new NewAccount(username, role, memberId, workerId, address);
	}

	/** Whether the binding is the one its role needs. */
	boolean boundAsItsRoleNeeds() {
		return switch (role) {
			case AppRoles.COORDINATOR -> memberId == null && workerId == null;
			case AppRoles.MEMBER -> memberId != null && workerId == null;
			case AppRoles.WORKER -> workerId != null && memberId == null;
			default -> false;
		};
	}

}
