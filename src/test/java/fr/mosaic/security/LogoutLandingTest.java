package fr.mosaic.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;

import fr.mosaic.security.SecurityConfig.LogoutLanding;
import fr.mosaic.security.ui.LoginView;

/**
 * A logout lands on the root, which asks for a login; right after a forced change of the initial password, on the login
 * page saying to log in again with the new one.
 */
@SpringBootTest
class LogoutLandingTest extends SpringBrowserlessTest {

	@Autowired
	UserAccountService accounts;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	SystemAccess systemAccess;

	@Test
	@WithMockUser(username = "landing-changed", authorities = AppRoles.PASSWORD_CHANGE)
	void afterTheForcedChangeTheLoginPageSaysSo() {
		systemAccess.run(() -> accounts.createWithPassword(NewAccount.coordinator("landing-changed"),
				"provisoire-du-coordinateur"));
		var login = passwordChangeLogin("landing-changed");
		assertThat(landing(login)).as("logging out before changing it").isEqualTo("/");

		accounts.changeOwnPassword("provisoire-du-coordinateur", "le-nouveau-mot-de-passe");

		assertThat(landing(login)).isEqualTo("/login?" + LoginView.PASSWORD_CHANGED);
	}

	@Test
	void anOrdinaryLogoutLandsOnTheRoot() {
		var login = UsernamePasswordAuthenticationToken.authenticated("landing-coordinator", null,
				AuthorityUtils.createAuthorityList("ROLE_" + AppRoles.COORDINATOR));

		assertThat(landing(login)).isEqualTo("/");
	}

	private static Authentication passwordChangeLogin(String username) {
		return UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(AppRoles.PASSWORD_CHANGE));
	}

	private String landing(Authentication login) {
		var handler = new LogoutLanding(repository);
		return handler.determineTargetUrl(new MockHttpServletRequest(), new MockHttpServletResponse(), login);
	}

}
