package fr.mosaic.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;

/**
 * The screen each role lands on, as a route path: the coordinator's week plan at the root, a member's requests, a
 * worker's week, and the account screen for a login that must first change its password. The screens take their routes
 * from here; {@link SecurityConfig} sends a member or a worker who opens the root to their own.
 */
public final class RoleHomes {

	public static final String COORDINATOR = "";

	public static final String MEMBER = "my-requests";

	public static final String WORKER = "my-week";

	/** "Mon compte": every role's, and the only screen of a login that must change its password. */
	public static final String ACCOUNT = "account";

	private RoleHomes() {
	}

	/** The route the holder of these authorities lands on. */
	public static String of(Collection<? extends GrantedAuthority> authorities) {
		var names = authorities.stream().map(GrantedAuthority::getAuthority).toList();
		if (names.contains("ROLE_" + AppRoles.COORDINATOR)) {
			return COORDINATOR;
		}
		if (names.contains("ROLE_" + AppRoles.MEMBER)) {
			return MEMBER;
		}
		if (names.contains("ROLE_" + AppRoles.WORKER)) {
			return WORKER;
		}
		return ACCOUNT;
	}

}
