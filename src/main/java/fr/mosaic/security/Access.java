package fr.mosaic.security;

/**
 * The {@code @PreAuthorize} expressions of the services, one per group of roles. A service is annotated for its
 * coordinators at class level; a method members or workers may call gets its own group, scoped to their data.
 */
public final class Access {

	/** The coordinator: the register, requests, plans, import and export. */
	public static final String COORDINATORS = "hasRole('" + AppRoles.COORDINATOR + "')";

	private Access() {
	}

}
