package fr.mosaic.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;

import fr.mosaic.base.Translations;
import fr.mosaic.security.Account;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.NewAccount;
import fr.mosaic.security.RoleHomes;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;

/**
 * Setting one's own password: through an invitation link, used once, or on "Mon compte" where an initial password must
 * be changed before anything else.
 */
@SpringBootTest
class OwnPasswordTest extends SpringBrowserlessTest {

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	@Test
	void anInvitationSetsThePasswordOnceThenStopsWorking() {
		var token = systemAccess.call(() -> accounts.invite(NewAccount.coordinator("invite-view")));
		var view = navigate(InvitationView.PATH + "/" + token, InvitationView.class);
		assertThat(view.message.getText()).isEqualTo(message("security.invitation.welcome", "invite-view"));

		test(view.password.password).setValue("un-mot-de-passe-long");
		test(view.password.confirmation).setValue("un-autre-mot-de-passe");
		test(view.submit).click();
		assertThat(view.password.confirmation.isInvalid()).isTrue();
		test(view.password.confirmation).setValue("un-mot-de-passe-long");
		test(view.submit).click();

		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
		assertThat(accounts.invitedUsername(token)).isEmpty();
		assertThat(account("invite-view").invitationExpiresAt()).isNull();
		var again = navigate(InvitationView.PATH + "/" + token, InvitationView.class);
		assertThat(again.message.getText()).isEqualTo(message("security.invitation.invalid"));
		assertThat(again.submit.isVisible()).isFalse();
	}

	@Test
	@WithMockUser(username = "must-change", authorities = AppRoles.PASSWORD_CHANGE)
	void anInitialPasswordMustBeChangedFirst() {
		systemAccess.run(
				() -> accounts.createWithPassword(NewAccount.coordinator("must-change"), "provisoire-du-coordinateur"));
		var view = navigate(RoleHomes.ACCOUNT, MyAccountView.class);
		assertThat(view.mustChange.isVisible()).isTrue();
		assertThat(view.who.getText()).as("the account's role, which the login holds only once it is changed")
				.isEqualTo(message("security.account.signedInAs", "must-change", message("security.role.COORDINATOR")));
		assertThat(test(view.email).isUsable()).as("nothing else before").isFalse();
		assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath).containsExactly(RoleHomes.ACCOUNT);

		test(view.current).setValue("pas-le-bon-mot-de-passe");
		test(view.next.password).setValue("le-nouveau-mot-de-passe");
		test(view.next.confirmation).setValue("le-nouveau-mot-de-passe");
		test(view.change).click();
		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("security.password.wrongCurrent"));
		assertThat(account("must-change").mustChangePassword()).isTrue();

		// the change itself, as the screen makes it once the current password is right; the screen then logs out
		// through Vaadin, which a browserless session cannot go through (the Chromium tests log in for real)
		accounts.changeOwnPassword("provisoire-du-coordinateur", "le-nouveau-mot-de-passe");

		assertThat(accounts.loadUserByUsername("must-change").getAuthorities()).as("its role at the next login")
				.extracting(Object::toString).containsExactly("ROLE_" + AppRoles.COORDINATOR);
	}

	@Test
	@WithMockUser(username = "no-account", roles = AppRoles.COORDINATOR)
	void aLoginOfNoAccountShowsItsRoleFromTheLogin() {
		var view = navigate(RoleHomes.ACCOUNT, MyAccountView.class);

		assertThat(view.who.getText())
				.isEqualTo(message("security.account.signedInAs", "no-account", message("security.role.COORDINATOR")));
	}

	@Test
	@WithMockUser(username = "no-role", authorities = AppRoles.PASSWORD_CHANGE)
	void noEmptyParenthesesWithoutARole() {
		var view = navigate(RoleHomes.ACCOUNT, MyAccountView.class);

		assertThat(view.who.getText()).isEqualTo(message("security.account.signedInAsNoRole", "no-role"))
				.doesNotContain("(");
	}

	@Test
	@WithMockUser(username = "short-password", roles = AppRoles.COORDINATOR)
	void aShortPasswordIsRefusedAtTheField() {
		var view = navigate(RoleHomes.ACCOUNT, MyAccountView.class);
		test(view.next.password).setValue("court");
		test(view.change).click();

		assertThat(view.next.password.getErrorMessage())
				.isEqualTo(message("security.password.tooShort", UserAccountService.MIN_PASSWORD_LENGTH));
	}

	private Account account(String username) {
		return systemAccess.call(
				() -> accounts.findAll().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow());
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
