package fr.mosaic.security.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.mosaic.base.ui.MainLayout;

/**
 * What a logged-in member or worker sees on opening a screen that is not theirs, such as a coordinator's address:
 * Vaadin's navigation access control reroutes there with {@link AccessDeniedException}. Inside the usual shell, so
 * their own menu stays at hand.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public final class AccessDeniedView extends ErrorPage<AccessDeniedException> {

	AccessDeniedView(AuthenticationContext authentication) {
		super(HttpStatusCode.FORBIDDEN.getCode(), "security.denied.title", "security.denied.message", authentication);
	}

}
