package fr.mosaic.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.mosaic.base.Translations;

/**
 * Counts failed logins, whatever the door: the login form and the REST API's HTTP Basic authenticate through the same
 * manager, which announces every outcome. After {@code mosaic.security.max-failed-logins} wrong passwords in a row the
 * account is locked for {@code mosaic.security.lock-duration}; while locked, even the right password is refused without
 * being checked. The count stays when the lock ends, so that each further wrong password locks the account again at
 * once: a guesser gets one try per lock duration, not a few per minute. The first good password resets it.
 * <p>
 * No delay is slept: a sleeping request holds a server thread, which would hand an attacker an easy way to exhaust the
 * server; the lock slows guessing down without costing anything. The count is per account, so anyone can lock a known
 * login out for a while: the coordinator can lift the lock on the accounts screen.
 * <p>
 * A successful login from a browser also records the language it asks for, when Mosaic speaks it: the account's notices
 * are written in it.
 */
@Component
class LoginAttempts {

	private final UserAccountService accounts;

	LoginAttempts(UserAccountService accounts) {
		this.accounts = accounts;
	}

	/** A wrong password, or an unknown login (which changes nothing); a refusal of a locked account is not counted. */
	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailedLogin(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		accounts.recordSuccessfulLogin(event.getAuthentication().getName(), requestLocale());
	}

	// the request's own Accept-Language only: without one the servlet answers the server's locale, which says nothing
	private static Optional<Locale> requestLocale() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				|| attributes.getRequest().getHeader("Accept-Language") == null) {
			return Optional.empty();
		}
		var language = attributes.getRequest().getLocale().getLanguage();
		return Translations.LOCALES.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
	}

}
