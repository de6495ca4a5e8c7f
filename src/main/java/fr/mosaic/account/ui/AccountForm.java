package fr.mosaic.account.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import fr.mosaic.member.Member;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.NewAccount;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.security.ui.EmailAddressField;
import fr.mosaic.worker.Worker;

/**
 * A new account: its login, its role and what it speaks for (a member employer, a worker), where its notices go (an
 * e-mail address, optional), and how its owner gets in: an invitation link, or an initial password to change at first
 * login.
 */
final class AccountForm extends VerticalLayout {

	final TextField username = new TextField(getTranslation("account.form.username"));

	final RadioButtonGroup<String> role = new RadioButtonGroup<>(getTranslation("account.form.role"));

	final ComboBox<Member> member = new ComboBox<>(getTranslation("account.form.member"));

	final ComboBox<Worker> worker = new ComboBox<>(getTranslation("account.form.worker"));

	final EmailAddressField email = new EmailAddressField(getTranslation("account.form.email"));

	final RadioButtonGroup<Boolean> invitation = new RadioButtonGroup<>(getTranslation("account.form.access"));

	final PasswordField password = new PasswordField(getTranslation("account.form.password"));

	final Button create = new Button(getTranslation("account.form.create"));

	final Button cancel = new Button(getTranslation("base.form.cancel"));

	AccountForm() {
		username.setMaxLength(NewAccount.MAX_USERNAME_LENGTH);
		role.setItems(AppRoles.MEMBER, AppRoles.WORKER, AppRoles.COORDINATOR);
		role.setItemLabelGenerator(r -> getTranslation("security.role." + r));
		role.addValueChangeListener(event -> showBinding());
		member.setItemLabelGenerator(Member::getName);
		worker.setItemLabelGenerator(Worker::getName);
		invitation.setItems(true, false);
		invitation.setItemLabelGenerator(
				byLink -> getTranslation(byLink ? "account.form.access.invitation" : "account.form.access.password"));
		invitation.addValueChangeListener(event -> password.setVisible(Boolean.FALSE.equals(event.getValue())));
		password.setHelperText(getTranslation("account.form.password.helper", UserAccountService.MIN_PASSWORD_LENGTH));
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(event -> valid().ifPresent(account -> fireEvent(new CreateEvent(this, account))));
		cancel.addClickListener(event -> setVisible(false));
		// full names such as « Camping Thomas (Lyon) » must show whole
		member.setWidthFull();
		worker.setWidthFull();
		setPadding(false);
		add(username, role, member, worker, email, invitation, password, new HorizontalLayout(create, cancel));
	}

	/** Opens the form empty, with the register's members and workers to choose from, in the order of their names. */
	void open(List<Member> members, List<Worker> workers) {
		member.setItems(byName(members, Member::getName));
		worker.setItems(byName(workers, Worker::getName));
		username.clear();
		role.setValue(AppRoles.MEMBER);
		member.clear();
		worker.clear();
		email.clear();
		invitation.setValue(true);
		password.clear();
		setVisible(true);
	}

	private <T> List<T> byName(List<T> items, Function<T, String> name) {
		return items.stream().sorted(Comparator.comparing(name, Collator.getInstance(getLocale()))).toList();
	}

	/** The account's initial password, when the coordinator chose one rather than a link. */
	Optional<String> initialPassword() {
		return Boolean.TRUE.equals(invitation.getValue()) ? Optional.empty() : Optional.of(password.getValue());
	}

	private void showBinding() {
		member.setVisible(AppRoles.MEMBER.equals(role.getValue()));
		worker.setVisible(AppRoles.WORKER.equals(role.getValue()));
	}

	/** The account asked for when every field it needs is filled; marks the missing ones otherwise. */
	private Optional<NewAccount> valid() {
		var name = username.getValue().strip();
		username.setErrorMessage(getTranslation("account.form.username.required"));
		username.setInvalid(name.isEmpty());
		member.setErrorMessage(getTranslation("account.form.member.required"));
		member.setInvalid(member.isVisible() && member.isEmpty());
		worker.setErrorMessage(getTranslation("account.form.worker.required"));
		worker.setInvalid(worker.isVisible() && worker.isEmpty());
		var address = email.address();
		if (username.isInvalid() || member.isInvalid() || worker.isInvalid() || address.isEmpty()) {
			return Optional.empty();
		}
		var account = switch (role.getValue()) {
			case AppRoles.MEMBER -> NewAccount.member(name, member.getValue().getId());
			case AppRoles.WORKER -> NewAccount.worker(name, worker.getValue().getId());
			default -> NewAccount.coordinator(name);
		};
		return Optional.of(account.withEmail(address.get()));
	}

	Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
		return addListener(CreateEvent.class, listener);
	}

	/** The coordinator asks for this account. */
	static final class CreateEvent extends ComponentEvent<AccountForm> {

		final NewAccount account;

		CreateEvent(AccountForm source, NewAccount account) {
			super(source, false);
			this.account = account;
		}

	}

}
