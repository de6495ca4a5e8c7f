package fr.mosaic.security.ui;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.textfield.EmailField;

import fr.mosaic.security.EmailAddresses;

/**
 * An account's e-mail address, optional, as every screen that sets one asks for it: judged when submitted, by the same
 * check as the service's, so the reason shows at the field; the service checks it again. The one piece of the security
 * screens others use (the accounts screen).
 */
@NamedInterface("ui")
public final class EmailAddressField extends EmailField {

	public EmailAddressField(String label) {
		super(label);
		setManualValidation(true);
		setMaxLength(EmailAddresses.MAX_LENGTH);
		setHelperText(getTranslation("account.form.email.helper"));
		setErrorMessage(getTranslation("account.form.email.invalid"));
	}

	/** The typed address, stripped, blank for none; empty when it is no address, the field then marked invalid. */
	public Optional<String> address() {
		var address = getValue().strip();
		setInvalid(!address.isEmpty() && !EmailAddresses.isValid(address));
		return isInvalid() ? Optional.empty() : Optional.of(address);
	}

}
