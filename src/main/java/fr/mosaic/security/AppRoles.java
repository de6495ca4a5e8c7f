package fr.mosaic.security;

/** Role names, as Spring Security sees them without the {@code ROLE_} prefix. */
public final class AppRoles {

	/** Plans the group's weeks: the register, requests, plans, accounts, the REST API. */
	public static final String COORDINATOR = "COORDINATOR";

	/** Speaks for one member employer ({@link CurrentUser#memberId()}). */
	public static final String MEMBER = "MEMBER";

	/** Speaks for one worker ({@link CurrentUser#workerId()}). */
	public static final String WORKER = "WORKER";

	/**
	 * Not a role but the only authority of a login whose account must change its initial password: it holds no role
	 * until then, so every screen, service and API call but changing that password refuses it.
	 */
	public static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";

	private AppRoles() {
	}

}
