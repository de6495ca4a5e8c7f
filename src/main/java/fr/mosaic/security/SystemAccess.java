package fr.mosaic.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work nobody logs in for, the command line's import and export and the demo data at start, with the coordinator's
 * rights, for the duration of that call only and on the calling thread only.
 */
public final class SystemAccess {

	private static final Authentication SYSTEM = UsernamePasswordAuthenticationToken.authenticated("mosaic-system",
			null, AuthorityUtils.createAuthorityList("ROLE_" + AppRoles.COORDINATOR));

	private SystemAccess() {
	}

	/** Runs the work as the system. */
	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	/** Runs the work as the system and returns its result; whatever security context the thread had is back after. */
	public static <T, E extends Exception> T call(Work<T, E> work) throws E {
		var strategy = SecurityContextHolder.getContextHolderStrategy();
		var previous = strategy.getContext();
		var system = strategy.createEmptyContext();
		system.setAuthentication(SYSTEM);
		strategy.setContext(system);
		try {
			return work.run();
		} finally {
			strategy.setContext(previous);
		}
	}

	/** Work that returns a result and may throw. */
	@FunctionalInterface
	public interface Work<T, E extends Exception> {

		T run() throws E;

	}

}
