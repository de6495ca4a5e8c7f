package fr.mosaic.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

import fr.mosaic.RegisterFixtures;
import fr.mosaic.base.ReferenceCheck.InUseException;
import fr.mosaic.base.RefusedException;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.Account;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.NewAccount;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.security.ui.InvitationView;
import fr.mosaic.worker.WorkerService;

@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class AccountListViewTest extends SpringBrowserlessTest {

	@Autowired
	UserAccountService accounts;

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	Clock clock;

	@Test
	void aMemberIsInvitedWithALinkShownOnceThatOpensTheAccount() {
		var member = members.save(RegisterFixtures.member("ACC-M1", "Mairie de Lans"));
		var view = navigate(AccountListView.class);
		test(view.add).click();
		test(view.form.username).setValue("mairie.lans");
		test(view.form.member).selectItem("Mairie de Lans");
		test(view.form.create).click();

		assertThat(view.link.getValue()).startsWith(InvitationView.PATH + "/");
		var token = view.link.getValue().substring(InvitationView.PATH.length() + 1);
		assertThat(accounts.invitedUsername(token)).contains("mairie.lans");
		assertThat(account("mairie.lans").memberId()).isEqualTo(member.getId());
		var expiry = account("mairie.lans").invitationExpiresAt().atZone(clock.getZone());
		assertThat(expiry.toInstant()).isEqualTo(clock.instant().plus(Duration.ofHours(72)));
		assertThat(test(view.grid).getCellText(row("mairie.lans"), 3))
				.isEqualTo(message("account.state.invited", message("account.state.when",
						DateText.day(expiry, UI.getCurrent().getLocale()), DayTime.time(expiry.toLocalTime()))));

		assertThatThrownBy(() -> members.delete(members.get(member.getId()))).as("the account speaks for it")
				.isInstanceOf(InUseException.class);
	}

	@Test
	void aWorkerGetsAnInitialPasswordToChange() {
		var view = workerAccountForm("ACC-W1", "Inès Roussel", "ines.roussel");
		test(view.form.invitation).selectItem(message("account.form.access.password"));
		test(view.form.password).setValue("provisoire-2026");
		test(view.form.create).click();

		assertThat(account("ines.roussel").mustChangePassword()).isTrue();
		assertThat(account("ines.roussel").role()).isEqualTo(AppRoles.WORKER);
		assertThat(test(view.grid).getCellText(row("ines.roussel"), 2)).isEqualTo("Inès Roussel");
		assertThat(test(view.grid).getCellText(row("ines.roussel"), 3))
				.isEqualTo(message("account.state.initialPassword"));
	}

	@Test
	void aMemberAccountNeedsItsMemberAndAFreeName() {
		var view = navigate(AccountListView.class);
		test(view.add).click();
		test(view.form.username).setValue("sans.adherent");
		test(view.form.create).click();

		assertThat(view.form.member.isInvalid()).isTrue();
		assertThat(accounts.findAll()).extracting(Account::username).doesNotContain("sans.adherent");

		test(view.form.username).setValue("coordinateur-bis");
		test(view.form.role).selectItem(message("security.role.COORDINATOR"));
		test(view.form.create).click();
		test(view.add).click();
		test(view.form.username).setValue("coordinateur-bis");
		test(view.form.role).selectItem(message("security.role.COORDINATOR"));
		test(view.form.create).click();

		assertThat(test($(Notification.class).last()).getText())
				.isEqualTo(message("security.account.usernameTaken", "coordinateur-bis"));
	}

	@Test
	void anAccountMayGiveAnEmailAddressWhichMustBeOne() {
		var view = workerAccountForm("ACC-W2", "Lou Garnier", "lou.garnier");
		test(view.form.email).setValue("lou.garnier@");
		test(view.form.create).click();

		assertThat(view.form.email.isInvalid()).isTrue();
		assertThat(view.form.email.getErrorMessage()).isEqualTo(message("account.form.email.invalid"));
		assertThat(accounts.findAll()).extracting(Account::username).doesNotContain("lou.garnier");

		test(view.form.email).setValue(" lou.garnier@example.org ");
		test(view.form.create).click();

		assertThat(account("lou.garnier").email()).isEqualTo("lou.garnier@example.org");
		assertThatThrownBy(
				() -> accounts.invite(NewAccount.coordinator("sans.adresse").withEmail("Lou <lou@example.org>")))
				.as("the service checks it too").isInstanceOf(RefusedException.class)
				.hasMessageContaining("security.account.email.invalid");
		assertThat(accounts.findAll()).extracting(Account::username).doesNotContain("sans.adresse");
	}

	/** The form filled in for a new worker's account, but for how they get in and an address. */
	private AccountListView workerAccountForm(String code, String name, String username) {
		workers.save(RegisterFixtures.worker(code, name));
		var view = navigate(AccountListView.class);
		test(view.add).click();
		test(view.form.username).setValue(username);
		test(view.form.role).selectItem(message("security.role.WORKER"));
		test(view.form.worker).selectItem(name);
		return view;
	}

	private Account account(String username) {
		return accounts.findAll().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
	}

	private int row(String username) {
		var grid = test($(AccountListView.class).single().grid);
		for (var i = 0; i < grid.size(); i++) {
			if (grid.getRow(i).username().equals(username)) {
				return i;
			}
		}
		throw new AssertionError("no row " + username);
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
