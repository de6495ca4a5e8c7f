package fr.mosaic.security.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.mosaic.base.RefusedException;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.security.CurrentUser;
import fr.mosaic.security.RoleHomes;
import fr.mosaic.security.UserAccountService;

/**
 * "Mon compte", every role's: who is logged in, where their notices go (an e-mail address, optional), and a new
 * password. A login that must change its initial password reaches nothing else; once it is changed, it logs in again
 * and gets its role's screens.
 */
@Route(RoleHomes.ACCOUNT)
@Menu(title = "security.account.title", order = 1000, icon = "vaadin:user")
@PermitAll
public final class MyAccountView extends VerticalLayout implements HasDynamicTitle {

	final Paragraph who = new Paragraph();

	final Paragraph mustChange = new Paragraph();

	final EmailAddressField email = new EmailAddressField(getTranslation("account.form.email"));

	final Button saveEmail = new Button(getTranslation("security.account.email.save"));

	final PasswordField current = new PasswordField(getTranslation("security.password.current"));

	final NewPasswordFields next = new NewPasswordFields();

	final Button change = new Button(getTranslation("security.password.change"));

	private final UserAccountService accounts;

	private final AuthenticationContext authentication;

	MyAccountView(UserAccountService accounts, AuthenticationContext authentication, CurrentUser currentUser) {
		this.accounts = accounts;
		this.authentication = authentication;
		var role = currentUser.role();
		var username = currentUser.username().orElse("");
		// a login that must change its password holds no role yet: its account has one
		who.setText(role.or(accounts::ownRole)
				.map(r -> getTranslation("security.account.signedInAs", username, getTranslation("security.role." + r)))
				.orElseGet(() -> getTranslation("security.account.signedInAsNoRole", username)));
		mustChange.setText(getTranslation("security.account.mustChange"));
		mustChange.setVisible(role.isEmpty());
		email.setWidth("25em");
		saveEmail.addClickListener(event -> saveEmail());
		current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
		change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		change.addClickListener(event -> change());
		var emailRow = new HorizontalLayout(email, saveEmail);
		emailRow.setAlignItems(Alignment.BASELINE);
		// a login that must change its password first does that only
		emailRow.setVisible(role.isPresent());
		if (role.isPresent()) {
			email.setValue(accounts.ownEmail().orElse(""));
		}
		add(who, mustChange, emailRow, current, next, change);
	}

	private void saveEmail() {
		var address = email.address();
		if (address.isEmpty()) {
			return;
		}
		try {
			accounts.changeOwnEmail(address.get());
		} catch (RefusedException ex) {
			ServiceCalls.refused(this, ex);
			return;
		}
		email.setValue(address.get());
		ServiceCalls.success(getTranslation(
				address.get().isEmpty() ? "security.account.email.cleared" : "security.account.email.saved"));
	}

	private void change() {
		var password = next.value();
		if (password.isEmpty()) {
			return;
		}
		try {
			accounts.changeOwnPassword(current.getValue(), password.get());
		} catch (RefusedException ex) {
			ServiceCalls.refused(this, ex);
			return;
		}
		current.clear();
		next.clear();
		if (mustChange.isVisible()) {
			// the login holds no role yet: the next one will; the logout lands on the login page, which says why
			// (SecurityConfig's logout success handler)
			authentication.logout();
			return;
		}
		ServiceCalls.success(getTranslation("security.password.changed"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.account.title");
	}

}
