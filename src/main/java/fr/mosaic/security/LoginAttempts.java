package fr.mosaic.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

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
		accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
