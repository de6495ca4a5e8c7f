package fr.mosaic.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import fr.mosaic.RegisterFixtures;
import fr.mosaic.base.ReferenceCheck.InUseException;
import fr.mosaic.base.RefusedException;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.notice.NoticeFixtures;
import fr.mosaic.notice.NoticeService;
import fr.mosaic.notice.NoticeService.FailedNotice;
import fr.mosaic.security.Account;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.NewAccount;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.security.ui.InvitationView;
import fr.mosaic.worker.Worker;
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
	NoticeService notices;

	@Autowired
	NoticeFixtures noticeFixtures;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

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

	@Test
	void theCoordinatorCorrectsAnAccountsAddressInADialog() {
		accounts.invite(NewAccount.coordinator("adresse-a-corriger").withEmail("ancienne@example.org"));
		var view = navigate(AccountListView.class);
		assertThat(test(view.grid).getCellText(row("adresse-a-corriger"), 4)).isEqualTo("ancienne@example.org");

		editEmail("adresse-a-corriger");
		assertThat(view.emailDialog.isOpened()).isTrue();
		assertThat(view.email.getValue()).isEqualTo("ancienne@example.org");
		test(view.email).setValue("nouvelle@");
		test(view.saveEmail).click();

		assertThat(view.email.isInvalid()).isTrue();
		assertThat(view.emailDialog.isOpened()).isTrue();
		assertThat(account("adresse-a-corriger").email()).isEqualTo("ancienne@example.org");

		test(view.email).setValue(" nouvelle@example.org ");
		test(view.saveEmail).click();

		assertThat(view.emailDialog.isOpened()).isFalse();
		assertThat(account("adresse-a-corriger").email()).isEqualTo("nouvelle@example.org");
		assertThat(test(view.grid).getCellText(row("adresse-a-corriger"), 4)).isEqualTo("nouvelle@example.org");
	}

	@Test
	void failedNoticesAreShownAndTriedAgainAtTheCorrectedAddress() {
		accounts.invite(NewAccount.coordinator("avis-en-echec").withEmail("faute@example.org"));
		var id = noticeFixtures.failed("faute@example.org", "Votre planning de la semaine",
				"SMTPAddressFailedException: 550 5.1.1 unknown user");
		var view = navigate(AccountListView.class);
		assertThat(view.failedHint.isVisible()).isTrue();
		var failed = test(view.failed);
		var row = failedRow("faute@example.org");
		assertThat(failed.getCellText(row, 0))
				.isEqualTo(DateText.day(noticeFixtures.nextWeek(), UI.getCurrent().getLocale()));
		assertThat(failed.getCellText(row, 2)).isEqualTo("Votre planning de la semaine");
		assertThat(failed.getCellText(row, 3)).isEqualTo("1");
		assertThat(failed.getCellText(row, 4)).isEqualTo("SMTPAddressFailedException: 550 5.1.1 unknown user");

		editEmail("avis-en-echec");
		test(view.email).setValue("juste@example.org");
		test(view.saveEmail).click();

		assertThat(failed.getCellText(failedRow("juste@example.org"), 2)).as("the notice follows the address")
				.isEqualTo("Votre planning de la semaine");

		var pendingBefore = notices.pendingCount();
		test((Button) failed.getCellComponent(failedRow("juste@example.org"), 5)).click();

		assertThat(notices.failed()).extracting(FailedNotice::id).doesNotContain(id);
		assertThat(notices.pendingCount()).isEqualTo(pendingBefore + 1);
		assertThat(view.pending.getText()).isEqualTo(message("account.notices.pending", pendingBefore + 1));
		assertThat(test($(Notification.class).last()).getText())
				.isEqualTo(message("account.notices.retried", "juste@example.org"));
		assertThatThrownBy(() -> notices.retry(id)).as("once pending, it is no failed notice to try again")
				.isInstanceOf(RefusedException.class).hasMessageContaining("notice.retry.notFailed");
	}

	@Test
	@WithMockUser(username = "coordinateur-soi", roles = AppRoles.COORDINATOR)
	void aNewLinkIsOfferedOnOtherAccountsOnlyAndSaysWhatItDoes() {
		accounts.invite(NewAccount.coordinator("coordinateur-soi"));
		accounts.invite(NewAccount.coordinator("coordinateur-autre"));
		var view = navigate(AccountListView.class);

		var other = action(view.grid, row("coordinateur-autre"), "account.list.reinvite");
		assertThat(other.isVisible()).isTrue();
		assertThat(other.getTooltip().getText()).isEqualTo(message("account.list.reinvite.tooltip"));
		assertThat(action(view.grid, row("coordinateur-soi"), "account.list.reinvite").isVisible())
				.as("not on the logged-in coordinator's own account").isFalse();
	}

	@Test
	void unlockingAnAccountSaysSo() {
		accounts.invite(NewAccount.coordinator("compte-bloque"));
		for (var i = 0; i < 5; i++) {
			events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
					new UsernamePasswordAuthenticationToken("compte-bloque", "faux"), new BadCredentialsException("")));
		}
		var view = navigate(AccountListView.class);
		var unlock = action(view.grid, row("compte-bloque"), "account.list.unlock");
		assertThat(unlock.isVisible()).isTrue();

		test(unlock).click();

		assertThat(account("compte-bloque").lockedAt(clock.instant())).isFalse();
		assertThat(test($(Notification.class).last()).getText())
				.isEqualTo(message("account.list.unlocked", "compte-bloque"));
	}

	@Test
	void longStatesWrapAndTheActionsKeepTheirWidth() {
		var view = navigate(AccountListView.class);

		assertThat(view.grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
		var actions = view.grid.getColumns().get(5);
		assertThat(actions.isAutoWidth()).isTrue();
		assertThat(actions.getFlexGrow()).isZero();
	}

	@Test
	void theFormListsMembersAndWorkersByNameAtFullWidth() {
		members.save(RegisterFixtures.member("ACC-M3", "Zoé Traiteur"));
		members.save(RegisterFixtures.member("ACC-M2", "Épicerie Ardèche"));
		workers.save(RegisterFixtures.worker("ACC-W4", "Yann Zeller"));
		workers.save(RegisterFixtures.worker("ACC-W3", "Émile Abel"));
		var view = navigate(AccountListView.class);
		test(view.add).click();

		var memberNames = test(view.form.member).getSuggestionItems().stream().map(Member::getName).toList();
		assertThat(memberNames).isSortedAccordingTo(Collator.getInstance(UI.getCurrent().getLocale()))
				.containsSubsequence("Épicerie Ardèche", "Zoé Traiteur");
		var workerNames = test(view.form.worker).getSuggestionItems().stream().map(Worker::getName).toList();
		assertThat(workerNames).isSortedAccordingTo(Collator.getInstance(UI.getCurrent().getLocale()))
				.containsSubsequence("Émile Abel", "Yann Zeller");
		assertThat(view.form.member.getWidth()).isEqualTo("100%");
		assertThat(view.form.worker.getWidth()).isEqualTo("100%");
	}

	/** Opens the dialog of the account's address; the dialog attaches on the way to the browser. */
	private void editEmail(String username) {
		test(action($(AccountListView.class).single().grid, row(username), "account.list.email.edit")).click();
		roundTrip();
	}

	/** The button of an account's row named by the key. */
	private Button action(Grid<Account> grid, int row, String key) {
		return ((HorizontalLayout) test(grid).getCellComponent(row, 5)).getChildren().map(Button.class::cast)
				.filter(button -> button.getText().equals(message(key))).findFirst().orElseThrow();
	}

	private int failedRow(String recipient) {
		return rowOf($(AccountListView.class).single().failed, notice -> notice.recipient().equals(recipient));
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
		return rowOf($(AccountListView.class).single().grid, account -> account.username().equals(username));
	}

	private <T> int rowOf(Grid<T> grid, Predicate<T> which) {
		var rows = test(grid);
		for (var i = 0; i < rows.size(); i++) {
			if (which.test(rows.getRow(i))) {
				return i;
			}
		}
		throw new AssertionError("no such row");
	}

	private static String message(String key, Object... args) {
		return Translations.translate(key, UI.getCurrent().getLocale(), args);
	}

}
