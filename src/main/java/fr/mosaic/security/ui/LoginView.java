package fr.mosaic.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The query parameter that says the password was just set, by an invitation. */
	static final String PASSWORD_SET = "password-set";

	private final LoginForm login = new LoginForm();

	private final Paragraph passwordSet = new Paragraph();

	LoginView() {
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		login.setAction("login");
		login.setForgotPasswordButtonVisible(false);
		login.setI18n(translatedForm());
		passwordSet.setText(getTranslation("security.login.passwordSet"));
		add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("security.login.tagline")), passwordSet,
				login);
	}

	private LoginI18n translatedForm() {
		var i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("security.login.title"));
		i18n.getForm().setUsername(getTranslation("security.login.username"));
		i18n.getForm().setPassword(getTranslation("security.login.password"));
		i18n.getForm().setSubmit(getTranslation("security.login.submit"));
		// hidden, but Vaadin's default is English
		i18n.getForm().setForgotPassword(getTranslation("security.login.forgotPassword"));
		i18n.getErrorMessage().setTitle(getTranslation("security.login.error.title"));
		i18n.getErrorMessage().setMessage(getTranslation("security.login.error.message"));
		i18n.getErrorMessage().setUsername(getTranslation("security.login.error.username"));
		i18n.getErrorMessage().setPassword(getTranslation("security.login.error.password"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		login.setError(parameters.containsKey("error"));
		passwordSet.setVisible(parameters.containsKey(PASSWORD_SET));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.login.title");
	}

}
