package fr.mosaic.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import fr.mosaic.base.Translations;

/** The login page says why a login was refused: a wrong password, or an account locked after repeated failures. */
@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

	@Test
	void aLockedAccountIsToldItIsLocked() {
		VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
				new LockedException("locked"));

		var view = afterFailedLogin();

		var form = $(LoginForm.class).single();
		assertThat(form.isError()).isTrue();
		assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo(message("security.login.locked.title"))
				.doesNotContain("''");
		assertThat(view.texts.getErrorMessage().getMessage()).isEqualTo(message("security.login.locked.message"));
	}

	@Test
	void aWrongPasswordIsToldToCheckIt() {
		VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
				new BadCredentialsException("bad"));
		var view = afterFailedLogin();

		var form = $(LoginForm.class).single();
		assertThat(form.isError()).isTrue();
		assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo(message("security.login.error.title"));
	}

	@Test
	void noErrorBeforeATry() {
		navigate("login", LoginView.class);

		assertThat($(LoginForm.class).single().isError()).isFalse();
	}

	@Test
	void afterAForcedPasswordChangeTheLoginPageSaysToLogInAgain() {
		UI.getCurrent().navigate("login", QueryParameters.of(LoginView.PASSWORD_CHANGED, ""));
		var view = $(LoginView.class).single();

		assertThat(view.passwordSet.isVisible()).isTrue();
		assertThat(view.passwordSet.getText()).isEqualTo(message("security.login.passwordChanged"));
	}

	@Test
	void afterAnInvitationTheLoginPageSaysThePasswordIsSaved() {
		UI.getCurrent().navigate("login", QueryParameters.of(LoginView.PASSWORD_SET, ""));

		assertThat($(LoginView.class).single().passwordSet.getText()).isEqualTo(message("security.login.passwordSet"));
	}

	@Test
	void noPasswordMessageOnAPlainLogin() {
		var view = navigate("login", LoginView.class);

		assertThat(view.passwordSet.isVisible()).isFalse();
	}

	/** Where Spring Security sends a refused login. */
	private LoginView afterFailedLogin() {
		UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
		return $(LoginView.class).single();
	}

	private static String message(String key) {
		return Translations.translate(key, UI.getCurrent().getLocale());
	}

}
