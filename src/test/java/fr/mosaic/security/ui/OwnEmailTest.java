package fr.mosaic.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

import fr.mosaic.AccountFixtures;
import fr.mosaic.base.RefusedException;
import fr.mosaic.base.Translations;
import fr.mosaic.security.Account;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.NewAccount;
import fr.mosaic.security.RoleHomes;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;

/** Setting one's own e-mail address on "Mon compte", and only one's own. */
@SpringBootTest
class OwnEmailTest extends SpringBrowserlessTest {

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	AccountFixtures fixtures;

	@Test
	@WithMockUser(username = "own-email-worker", roles = AppRoles.WORKER)
	void aWorkerSetsChangesAndClearsTheirAddress() {
		fixtures.worker("own-email-worker", "OWN-EMAIL-W");
		var view = navigate(RoleHomes.ACCOUNT, MyAccountView.class);
		assertThat(view.email.getValue()).isEmpty();

		test(view.email).setValue(" ines@example.org ");
		test(view.saveEmail).click();

		assertThat(account("own-email-worker").email()).isEqualTo("ines@example.org");
		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("security.account.email.saved"));
		assertThat(navigate(RoleHomes.ACCOUNT, MyAccountView.class).email.getValue()).as("shown when coming back")
				.isEqualTo("ines@example.org");
	}

	@Test
	@WithMockUser(username = "own-email-invalid", roles = AppRoles.MEMBER)
	void anAddressThatIsNoneIsRefusedAndNothingChanges() {
		fixtures.member("own-email-invalid", "OWN-EMAIL-M1");
		accounts.changeOwnEmail("mairie@example.org");
		var view = navigate(RoleHomes.ACCOUNT, MyAccountView.class);

		test(view.email).setValue("mairie@");
		test(view.saveEmail).click();

		assertThat(view.email.isInvalid()).isTrue();
		assertThat(view.email.getErrorMessage()).isEqualTo(message("account.form.email.invalid"));
		assertThat(account("own-email-invalid").email()).isEqualTo("mairie@example.org");
		assertThatThrownBy(() -> accounts.changeOwnEmail("Mairie <mairie@example.org>")).as("the service checks it too")
				.isInstanceOf(RefusedException.class).hasMessageContaining("security.account.email.invalid");
		assertThat(account("own-email-invalid").email()).isEqualTo("mairie@example.org");
	}

	@Test
	@WithMockUser(username = "own-email-cleared", roles = AppRoles.COORDINATOR)
	void anEmptyAddressClearsIt() {
		systemAccess.run(() -> accounts.invite(NewAccount.coordinator("own-email-cleared").withEmail("c@example.org")));
		var view = navigate(RoleHomes.ACCOUNT, MyAccountView.class);
		assertThat(view.email.getValue()).isEqualTo("c@example.org");

		test(view.email).setValue("  ");
		test(view.saveEmail).click();

		assertThat(account("own-email-cleared").email()).isNull();
		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("security.account.email.cleared"));
	}

	@Test
	@WithMockUser(username = "own-email-member", roles = AppRoles.MEMBER)
	void aMemberCannotChangeAnotherAccountsAddress() {
		fixtures.member("own-email-member", "OWN-EMAIL-M2");
		systemAccess.run(() -> accounts.invite(NewAccount.coordinator("own-email-other").withEmail("o@example.org")));
		var other = account("own-email-other");

		assertThatThrownBy(() -> accounts.changeEmail(other.id(), "member@example.org"))
				.isInstanceOf(AccessDeniedException.class);
		accounts.changeOwnEmail("member@example.org");

		assertThat(account("own-email-other").email()).isEqualTo("o@example.org");
		assertThat(account("own-email-member").email()).isEqualTo("member@example.org");
	}

	private Account account(String username) {
		return systemAccess.call(
				() -> accounts.findAll().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow());
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
