package fr.mosaic.security;

/** Role names, as Spring Security sees them without the {@code ROLE_} prefix. */
public final class AppRoles {

	public static final String COORDINATOR = "COORDINATOR";

	public static final String MEMBER = "MEMBER";

	public static final String WORKER = "WORKER";

	private AppRoles() {
	}

}
