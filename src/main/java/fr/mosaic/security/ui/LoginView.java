package fr.mosaic.security.ui;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The query parameter that says the password was just set, by an invitation. */
	static final String PASSWORD_SET = "password-set";

	/** The query parameter that says an initial password was just changed, and the login must be made again. */
	public static final String PASSWORD_CHANGED = "password-changed";

	private final LoginForm login = new LoginForm();

	/** Why the user is here again, after setting or changing their password. */
	final Paragraph passwordSet = new Paragraph();

	/** The texts the form shows, which {@link LoginForm} does not give back. */
	LoginI18n texts;

	LoginView() {
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		login.setAction("login");
		login.setForgotPasswordButtonVisible(false);
		texts = translatedForm(false);
		login.setI18n(texts);
		add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("security.login.tagline")), passwordSet,
				login);
	}

	/** The form's texts; a locked account's refusal says so, rather than blaming a password that may be right. */
	private LoginI18n translatedForm(boolean locked) {
		var i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("security.login.title"));
		i18n.getForm().setUsername(getTranslation("security.login.username"));
		i18n.getForm().setPassword(getTranslation("security.login.password"));
		i18n.getForm().setSubmit(getTranslation("security.login.submit"));
		// hidden, but Vaadin's default is English
		i18n.getForm().setForgotPassword(getTranslation("security.login.forgotPassword"));
		i18n.getErrorMessage()
				.setTitle(getTranslation(locked ? "security.login.locked.title" : "security.login.error.title"));
		i18n.getErrorMessage()
				.setMessage(getTranslation(locked ? "security.login.locked.message" : "security.login.error.message"));
		i18n.getErrorMessage().setUsername(getTranslation("security.login.error.username"));
		i18n.getErrorMessage().setPassword(getTranslation("security.login.error.password"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		var failed = parameters.containsKey("error");
		texts = translatedForm(failed && lastFailureWasLock());
		login.setI18n(texts);
		login.setError(failed);
		var changed = parameters.containsKey(PASSWORD_CHANGED);
		passwordSet.setText(getTranslation(changed ? "security.login.passwordChanged" : "security.login.passwordSet"));
		passwordSet.setVisible(changed || parameters.containsKey(PASSWORD_SET));
	}

	/** Spring Security keeps the last login failure in the session it redirects back here with. */
	private static boolean lastFailureWasLock() {
		var session = VaadinSession.getCurrent();
		return session != null
				&& session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.login.title");
	}

}
