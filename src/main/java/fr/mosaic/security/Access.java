package fr.mosaic.security;

/**
 * The {@code @PreAuthorize} expressions of the services, one per group of roles. A service is annotated for its
 * coordinators at class level; a method members or workers may call gets its own group, scoped to their data.
 */
public final class Access {

	/** The coordinator: the register, requests, plans, import and export. */
	public static final String COORDINATORS = "hasRole('" + AppRoles.COORDINATOR + "')";

	/**
	 * The coordinator, or the member whose account is bound to the method's parameter named {@code memberId} (a
	 * {@code long}): a member passing another member's id is refused.
	 */
	public static final String COORDINATORS_OR_MEMBER_SELF = COORDINATORS + " or (hasRole('" + AppRoles.MEMBER
			+ "') and @currentUser.isMember(#memberId))";

	/**
	 * The coordinator, or the worker whose account is bound to the method's parameter named {@code workerId} (a
	 * {@code long}): a worker passing another worker's id is refused.
	 */
	public static final String COORDINATORS_OR_WORKER_SELF = COORDINATORS + " or (hasRole('" + AppRoles.WORKER
			+ "') and @currentUser.isWorker(#workerId))";

	/** Anyone logged in, whatever the role: their own account. */
	public static final String AUTHENTICATED = "isAuthenticated()";

	private Access() {
	}

}
