package fr.mosaic.security;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.RefusedException;

/** The e-mail addresses accounts give, checked by Jakarta Mail's parser rather than by a pattern of our own. */
public final class EmailAddresses {

	/** Longest address, in characters (RFC 5321's path limit less its angle brackets). */
	public static final int MAX_LENGTH = 254;

	private EmailAddresses() {
	}

	/**
	 * The address an account keeps for what was typed: stripped, null for none (null or blank).
	 *
	 * @throws RefusedException {@code security.account.email.invalid} when the text is no address by {@link #isValid}
	 */
	public static @Nullable String normalised(@Nullable String typed) {
		var address = typed == null ? "" : typed.strip();
		if (address.isEmpty()) {
			return null;
		}
		if (!isValid(address)) {
			throw new RefusedException("security.account.email.invalid", address);
		}
		return address;
	}

	/** Whether the stripped text is one plain address of at most {@value #MAX_LENGTH} characters. */
	public static boolean isValid(String address) {
		if (address.length() > MAX_LENGTH) {
			return false;
		}
		try {
			// strict parsing still admits "Name <a@b.fr>": the parsed address must be the whole text
			var parsed = new InternetAddress(address, true);
			parsed.validate();
			return address.equals(parsed.getAddress()) && address.indexOf('@') > 0;
		} catch (AddressException ex) {
			return false;
		}
	}

}
