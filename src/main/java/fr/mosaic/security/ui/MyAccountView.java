package fr.mosaic.security.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
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
 * "Mon compte", every role's: who is logged in, and a new password. A login that must change its initial password
 * reaches nothing else; once it is changed, it logs in again and gets its role's screens.
 */
@Route(RoleHomes.ACCOUNT)
@Menu(title = "security.account.title", order = 1000, icon = "vaadin:user")
@PermitAll
public final class MyAccountView extends VerticalLayout implements HasDynamicTitle {

	final Paragraph who = new Paragraph();

	final Paragraph mustChange = new Paragraph();

	final PasswordField current = new PasswordField(getTranslation("security.password.current"));

	final NewPasswordFields next = new NewPasswordFields();

	final Button change = new Button(getTranslation("security.password.change"));

	private final UserAccountService accounts;

	private final AuthenticationContext authentication;

	MyAccountView(UserAccountService accounts, AuthenticationContext authentication, CurrentUser currentUser) {
		this.accounts = accounts;
		this.authentication = authentication;
		var role = currentUser.role();
		who.setText(getTranslation("security.account.signedInAs", currentUser.username().orElse(""),
				role.map(r -> getTranslation("security.role." + r)).orElse("")));
		mustChange.setText(getTranslation("security.account.mustChange"));
		mustChange.setVisible(role.isEmpty());
		current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
		change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		change.addClickListener(event -> change());
		add(who, mustChange, current, next, change);
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
			// the login holds no role yet: the next one will
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
