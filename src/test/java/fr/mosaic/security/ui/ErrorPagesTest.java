package fr.mosaic.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;

import fr.mosaic.base.Translations;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.RoleHomes;

/**
 * A screen that is not the user's, or an address that leads nowhere, shows the application's own page in the user's
 * language with the way home, never Vaadin's page listing every route.
 */
@SpringBootTest
class ErrorPagesTest extends SpringBrowserlessTest {

	@Test
	@WithMockUser(roles = AppRoles.MEMBER)
	void aMemberOpeningACoordinatorScreenIsRefusedAndSentHome() {
		UI.getCurrent().navigate("accounts");

		assertShown($(AccessDeniedView.class).single(), "security.denied.message", RoleHomes.MEMBER);
	}

	@Test
	@WithMockUser(roles = AppRoles.WORKER)
	void aWorkerIsSentToTheirOwnHome() {
		UI.getCurrent().navigate("what-if");

		assertThat($(AccessDeniedView.class).single().home.getHref()).isEqualTo("./" + RoleHomes.WORKER);
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(message("security.denied.title"));
	}

	@Test
	@WithMockUser(roles = AppRoles.MEMBER)
	void anAddressOfNoScreenIsNotFound() {
		UI.getCurrent().navigate("no-such-screen");

		assertShown($(NotFoundView.class).single(), "security.notFound.message", RoleHomes.MEMBER);
	}

	@Test
	void someoneNotLoggedInIsSentToTheRootWhichAsksForALogin() {
		UI.getCurrent().navigate("no-such-screen");

		assertShown($(NotFoundView.class).single(), "security.notFound.message", "");
	}

	/** The page's message, its way home, and no route listed as Vaadin's development page lists them, as links. */
	private void assertShown(ErrorPage<?> page, String messageKey, String home) {
		assertThat(page.message.getText()).isEqualTo(message(messageKey));
		assertThat(page.home.getHref()).isEqualTo("./" + home);
		assertThat($(RouterLink.class).all()).isEmpty();
	}

	private static String message(String key) {
		return Translations.translate(key, UI.getCurrent().getLocale());
	}

}
