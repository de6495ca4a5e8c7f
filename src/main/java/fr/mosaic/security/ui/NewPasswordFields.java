package fr.mosaic.security.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

import fr.mosaic.base.RefusedException;
import fr.mosaic.security.UserAccountService;

/**
 * A new password typed twice, checked here against the service's own rule so the user sees the reason at the field; the
 * service checks it again.
 */
final class NewPasswordFields extends Composite<VerticalLayout> {

	final PasswordField password = new PasswordField(getTranslation("security.password.new"));

	final PasswordField confirmation = new PasswordField(getTranslation("security.password.confirm"));

	NewPasswordFields() {
		password.setHelperText(getTranslation("security.password.helper", UserAccountService.MIN_PASSWORD_LENGTH));
		password.setAutocomplete(Autocomplete.NEW_PASSWORD);
		confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
		getContent().setPadding(false);
		getContent().add(password, confirmation);
	}

	/** The new password when both fields agree and it follows the rule; shows why at the field otherwise. */
	Optional<String> value() {
		password.setInvalid(false);
		confirmation.setInvalid(false);
		try {
			UserAccountService.refuseWeak(password.getValue());
		} catch (RefusedException ex) {
			password.setErrorMessage(getTranslation(ex.key(), ex.args()));
			password.setInvalid(true);
			return Optional.empty();
		}
		if (!password.getValue().equals(confirmation.getValue())) {
			confirmation.setErrorMessage(getTranslation("security.password.mismatch"));
			confirmation.setInvalid(true);
			return Optional.empty();
		}
		return Optional.of(password.getValue());
	}

	void clear() {
		password.clear();
		confirmation.clear();
	}

}
