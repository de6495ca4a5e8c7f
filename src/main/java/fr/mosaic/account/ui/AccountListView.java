package fr.mosaic.account.ui;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.notice.NoticeService;
import fr.mosaic.notice.NoticeService.FailedNotice;
import fr.mosaic.security.Account;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.security.ui.EmailAddressField;
import fr.mosaic.security.ui.InvitationView;
import fr.mosaic.worker.Worker;
import fr.mosaic.worker.WorkerService;

/**
 * The coordinator's accounts: who can log in, as what, for which member employer or worker, where each account stands
 * (invited, initial password, locked) and where its notices go. New accounts come from the register; an invitation link
 * is shown once, since only its hash is kept. Below, the outbox of notices: how many wait to be sent, and those given
 * up, whose address the coordinator may correct before trying them again.
 */
@Route("accounts")
@Menu(title = "account.list.title", order = 95, icon = "vaadin:key")
@RolesAllowed(AppRoles.COORDINATOR)
class AccountListView extends VerticalLayout implements HasDynamicTitle {

	final Grid<Account> grid = new Grid<>();

	final Button add = new Button(getTranslation("account.list.add"), VaadinIcon.PLUS.create());

	final AccountForm form = new AccountForm();

	/** The link shown after an invitation, once. */
	final TextField link = new TextField(getTranslation("account.link.label"));

	private final Dialog linkDialog = new Dialog();

	/** Sets one account's address, {@link #editing}. */
	final Dialog emailDialog = new Dialog();

	final EmailAddressField email = new EmailAddressField(getTranslation("account.form.email"));

	final Button saveEmail = new Button(getTranslation("account.email.save"));

	final Paragraph pending = new Paragraph();

	final Paragraph failedHint = new Paragraph(getTranslation("account.notices.failedHint"));

	final Grid<FailedNotice> failed = new Grid<>();

	private @Nullable Account editing;

	private final UserAccountService accounts;

	private final MemberService members;

	private final WorkerService workers;

	private final NoticeService notices;

	private final Clock clock;

	private final CurrentUser currentUser;

	private Map<Long, String> memberNames = Map.of();

	private Map<Long, String> workerNames = Map.of();

	AccountListView(UserAccountService accounts, MemberService members, WorkerService workers, NoticeService notices,
			Clock clock, CurrentUser currentUser) {
		this.accounts = accounts;
		this.members = members;
		this.workers = workers;
		this.notices = notices;
		this.clock = clock;
		this.currentUser = currentUser;
		// long states and names wrap rather than being cut; the actions keep the width their buttons need
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(Account::username).setHeader(getTranslation("account.list.username")).setFlexGrow(2);
		grid.addColumn(account -> getTranslation("security.role." + account.role()))
				.setHeader(getTranslation("account.list.role"));
		grid.addColumn(this::boundTo).setHeader(getTranslation("account.list.boundTo")).setFlexGrow(2);
		grid.addColumn(this::state).setHeader(getTranslation("account.list.state")).setFlexGrow(3);
		grid.addColumn(account -> Objects.requireNonNullElse(account.email(), ""))
				.setHeader(getTranslation("account.list.email")).setFlexGrow(2);
		grid.addComponentColumn(this::actions).setHeader(getTranslation("account.list.actions")).setAutoWidth(true)
				.setFlexGrow(0);
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add.addClickListener(event -> form.open(members.findAll(), workers.findAll()));
		form.setVisible(false);
		form.setWidth("30em");
		form.addCreateListener(event -> create(event));
		link.setReadOnly(true);
		link.setWidthFull();
		var close = new Button(getTranslation("account.link.close"), event -> linkDialog.close());
		linkDialog.setHeaderTitle(getTranslation("account.link.title"));
		linkDialog.add(new Paragraph(getTranslation("account.link.once")), link);
		linkDialog.getFooter().add(close);
		linkDialog.setWidth("40em");
		var body = new HorizontalLayout(grid, form);
		body.setWidthFull();
		body.setFlexGrow(1, grid);
		setSizeFull();
		add(add, body, noticesSection());
		expand(body);
		emailDialog();
		refresh();
	}

	private VerticalLayout noticesSection() {
		failed.addColumn(notice -> DateText.day(notice.weekStart(), getLocale()))
				.setHeader(getTranslation("account.notices.week"));
		failed.addColumn(FailedNotice::recipient).setHeader(getTranslation("account.notices.recipient")).setFlexGrow(2);
		failed.addColumn(FailedNotice::subject).setHeader(getTranslation("account.notices.subject")).setFlexGrow(3);
		failed.addColumn(FailedNotice::attempts).setHeader(getTranslation("account.notices.attempts"));
		failed.addColumn(notice -> Objects.requireNonNullElse(notice.lastError(), ""))
				.setHeader(getTranslation("account.notices.lastError")).setFlexGrow(4);
		failed.addComponentColumn(notice -> {
			var retry = new Button(getTranslation("account.notices.retry"), event -> retry(notice));
			retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			return retry;
		}).setHeader(getTranslation("account.list.actions"));
		failed.setAllRowsVisible(true);
		var section = new VerticalLayout(new H3(getTranslation("account.notices.title")), pending, failedHint, failed);
		section.setPadding(false);
		return section;
	}

	private void emailDialog() {
		email.setWidthFull();
		saveEmail.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		saveEmail.addClickListener(event -> saveEmail());
		emailDialog.add(email);
		emailDialog.getFooter().add(new Button(getTranslation("base.form.cancel"), event -> emailDialog.close()),
				saveEmail);
		emailDialog.setWidth("30em");
	}

	private void editEmail(Account account) {
		editing = account;
		emailDialog.setHeaderTitle(getTranslation("account.email.title", account.username()));
		email.setValue(Objects.requireNonNullElse(account.email(), ""));
		email.setInvalid(false);
		emailDialog.open();
	}

	private void saveEmail() {
		var account = Objects.requireNonNull(editing);
		email.address().ifPresent(address -> {
			if (ServiceCalls.attempt(this, "account.list.conflict",
					() -> accounts.changeEmail(account.id(), address))) {
				emailDialog.close();
				ServiceCalls.success(getTranslation("account.email.saved", account.username()));
				refresh();
			}
		});
	}

	private void retry(FailedNotice notice) {
		if (ServiceCalls.attempt(this, "account.list.conflict", () -> notices.retry(notice.id()))) {
			ServiceCalls.success(getTranslation("account.notices.retried", notice.recipient()));
			refresh();
		}
	}

	private void create(AccountForm.CreateEvent event) {
		var password = form.initialPassword();
		var done = ServiceCalls.attempt(this, "account.list.conflict", () -> {
			if (password.isPresent()) {
				accounts.createWithPassword(event.account, password.get());
				ServiceCalls.success(getTranslation("account.list.created", event.account.username()));
			} else {
				showLink(accounts.invite(event.account));
			}
		});
		if (done) {
			form.setVisible(false);
			refresh();
		}
	}

	private HorizontalLayout actions(Account account) {
		var reinvite = new Button(getTranslation("account.list.reinvite"),
				event -> call(() -> showLink(accounts.reinvite(account.id()))));
		reinvite.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		reinvite.setTooltipText(getTranslation("account.list.reinvite.tooltip"));
		// a coordinator who is logged in has no use for a link to their own account, and would only lose it
		reinvite.setVisible(!own(account));
		var unlock = new Button(getTranslation("account.list.unlock"), event -> call(() -> {
			accounts.unlock(account.id());
			ServiceCalls.success(getTranslation("account.list.unlocked", account.username()));
		}));
		unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		unlock.setVisible(account.lockedAt(clock.instant()));
		var editEmail = new Button(getTranslation("account.list.email.edit"), event -> editEmail(account));
		editEmail.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		var actions = new HorizontalLayout(reinvite, editEmail, unlock);
		actions.setSpacing(false);
		return actions;
	}

	private boolean own(Account account) {
		return currentUser.username().filter(account.username()::equals).isPresent();
	}

	private void call(Runnable action) {
		if (ServiceCalls.attempt(this, "account.list.conflict", action)) {
			refresh();
		}
	}

	/** Shows the invitation link: its path at once, the whole address as soon as the browser says where it is. */
	private void showLink(String token) {
		var path = InvitationView.PATH + "/" + token;
		link.setValue(path);
		getUI().ifPresent(ui -> ui.getPage()
				.fetchCurrentURL(current -> link.setValue(URI.create(current.toString()).resolve(path).toString())));
		linkDialog.open();
	}

	private String boundTo(Account account) {
		if (account.memberId() != null) {
			return memberNames.getOrDefault(account.memberId(), "");
		}
		return account.workerId() == null ? "" : workerNames.getOrDefault(account.workerId(), "");
	}

	private String state(Account account) {
		var now = clock.instant();
		if (account.lockedAt(now)) {
			return getTranslation("account.state.locked", when(account.lockedUntil()));
		}
		if (account.invitationExpiresAt() != null) {
			return now.isBefore(account.invitationExpiresAt())
					? getTranslation("account.state.invited", when(account.invitationExpiresAt()))
					: getTranslation("account.state.invitationExpired");
		}
		return getTranslation(account.mustChangePassword() ? "account.state.initialPassword" : "account.state.active");
	}

	/** « 25 novembre 2026 à 09:00 », in the group's time. */
	private String when(Instant instant) {
		var time = instant.atZone(clock.getZone());
		return getTranslation("account.state.when", DateText.day(time, getLocale()), DayTime.time(time.toLocalTime()));
	}

	private void refresh() {
		memberNames = members.findAll().stream().collect(Collectors.toMap(Member::getId, Member::getName));
		workerNames = workers.findAll().stream().collect(Collectors.toMap(Worker::getId, Worker::getName));
		grid.setItems(accounts.findAll());
		// a new row's actions may need more room than the rows before it
		grid.recalculateColumnWidths();
		pending.setText(getTranslation("account.notices.pending", notices.pendingCount()));
		var failedNotices = notices.failed();
		failed.setItems(failedNotices);
		failed.setVisible(!failedNotices.isEmpty());
		failedHint.setVisible(!failedNotices.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("account.list.title");
	}

}
