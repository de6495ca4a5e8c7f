package fr.mosaic.security;

import java.security.SecureRandom;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts stored with hashed passwords; the first coordinator gets a random password, shown once. */
@Service
public class UserAccountService implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserAccountRepository accounts;

	/** The same delegating (bcrypt) encoder Spring Security falls back to when checking a login. */
	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final SecureRandom random = new SecureRandom();

	UserAccountService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.getUsername()).password(account.getPasswordHash()).roles(account.getRole())
				.build();
	}

	@Transactional
	@PreAuthorize(Access.COORDINATORS)
	public void create(String username, String password, String role) {
		accounts.save(new UserAccount(username, encoder.encode(password), role));
	}

	/**
	 * Creates the coordinator account when none exists and returns its generated password, which is never stored in
	 * clear and so can only be shown now.
	 */
	@Transactional
	public Optional<String> createFirstCoordinator(String username) {
		if (accounts.existsByRole(AppRoles.COORDINATOR)) {
			return Optional.empty();
		}
		var password = new StringBuilder();
		for (var i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		create(username, password.toString(), AppRoles.COORDINATOR);
		log.warn("""

				==========================================================
				 Mosaic coordinator account created
				   user:     {}
				   password: {}
				 This password is shown only once. Note it now.
				==========================================================""", username, password);
		return Optional.of(password.toString());
	}

}
