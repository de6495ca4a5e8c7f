package fr.mosaic.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.mosaic.security.RoleHomes;

/**
 * The application's own error pages, in the user's language, in place of Vaadin's, which in development list every
 * route: what went wrong and the way to the user's own home, answered with the HTTP status that says it.
 *
 * @param <E> the navigation error shown
 */
abstract class ErrorPage<E extends Exception> extends VerticalLayout implements HasErrorParameter<E>, HasDynamicTitle {

	final Paragraph message;

	final Anchor home;

	private final String titleKey;

	private final int status;

	ErrorPage(int status, String titleKey, String messageKey, AuthenticationContext authentication) {
		this.status = status;
		this.titleKey = titleKey;
		message = new Paragraph(getTranslation(messageKey));
		// a full page load, relative to the application's root; someone not logged in goes to the root, which sends
		// them to the login page and, once logged in, to their own home
		home = new Anchor("./" + (authentication.isAuthenticated()
				? RoleHomes.of(authentication.getGrantedAuthorities())
				: RoleHomes.COORDINATOR), getTranslation("security.error.home"));
		add(new H2(getTranslation(titleKey)), message, home);
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
		return status;
	}

	@Override
	public String getPageTitle() {
		return getTranslation(titleKey);
	}

}
