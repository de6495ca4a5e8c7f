package fr.mosaic.security.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * An address that leads to no screen. Without the shell: whoever opens it may not be logged in.
 */
@AnonymousAllowed
public final class NotFoundView extends ErrorPage<NotFoundException> {

	NotFoundView(AuthenticationContext authentication) {
		super(HttpStatusCode.NOT_FOUND.getCode(), "security.notFound.title", "security.notFound.message",
				authentication);
	}

}
