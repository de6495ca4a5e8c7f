package fr.mosaic.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work nobody logs in for, the command line's import and export and the demo data at start, with the coordinator's
 * rights, for the duration of that call only and on the calling thread only.
 */
@Component
public class SystemAccess {

	private static final Authentication SYSTEM = UsernamePasswordAuthenticationToken.authenticated("mosaic-system",
			null, AuthorityUtils.createAuthorityList("ROLE_" + AppRoles.COORDINATOR));

	private final SecurityContextHolderStrategy securityContexts;

	/** Sets the context where method security reads it: Vaadin's strategy in the web application. */
	SystemAccess(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
		this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** Runs the work as the system. */
	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	/** Runs the work as the system and returns its result; whatever security context the thread had is back after. */
	public <T, E extends Exception> T call(Work<T, E> work) throws E {
		var previous = securityContexts.getContext();
		var system = securityContexts.createEmptyContext();
		system.setAuthentication(SYSTEM);
		securityContexts.setContext(system);
		try {
			return work.run();
		} finally {
			securityContexts.setContext(previous);
		}
	}

	/** Work that returns a result and may throw. */
	@FunctionalInterface
	public interface Work<T, E extends Exception> {

		T run() throws E;

	}

}
