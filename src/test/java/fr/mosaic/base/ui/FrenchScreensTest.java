package fr.mosaic.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.menu.MenuConfiguration;

import fr.mosaic.AccountFixtures;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.ui.InvitationView;
import fr.mosaic.security.ui.LoginView;

/**
 * Every screen of the menu, in French, with its form open and a row added to each list of rows, holds no English word
 * and no missing key: labels, buttons, placeholders, headers, and the texts of Vaadin's pickers and upload.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class FrenchScreensTest extends SpringBrowserlessTest {

	@Autowired
	AccountFixtures fixtures;

	@BeforeEach
	void french() {
		UI.getCurrent().setLocale(Locale.FRENCH);
	}

	@Test
	void everyScreenIsInFrench() {
		// the login screen has no layout around it: the screens after it get one built in French
		UI.getCurrent().navigate(LoginView.class);
		assertThat(ScreenTexts.englishIn(UI.getCurrent())).as("login").isEmpty();
		UI.getCurrent().navigate(InvitationView.PATH + "/no-such-token");
		assertThat(ScreenTexts.englishIn(UI.getCurrent())).as("invitation").isEmpty();
		everyScreenOfTheMenuIsInFrench();
	}

	@Test
	@WithMockUser(username = "french-member", roles = AppRoles.MEMBER)
	void everyScreenOfAMemberIsInFrench() {
		fixtures.member("french-member", "FR-M1");
		everyScreenOfTheMenuIsInFrench();
	}

	@Test
	@WithMockUser(username = "french-worker", roles = AppRoles.WORKER)
	void everyScreenOfAWorkerIsInFrench() {
		fixtures.worker("french-worker", "FR-W1");
		everyScreenOfTheMenuIsInFrench();
	}

	private void everyScreenOfTheMenuIsInFrench() {
		var entries = MenuConfiguration.getMenuEntries();
		assertThat(entries).isNotEmpty();
		for (var entry : entries) {
			UI.getCurrent().navigate(entry.path());
			$(EntityListView.class).all().forEach(list -> test(list.add).click());
			$(RowsField.class).all().forEach(rows -> test(rows.add).click());

			assertThat(ScreenTexts.englishIn(UI.getCurrent())).as(entry.path()).isEmpty();
		}
	}

}
