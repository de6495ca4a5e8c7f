package fr.mosaic.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.mosaic.base.RefusedException;

/**
 * Accounts stored with hashed passwords. The first coordinator gets a random password, shown once; the coordinator
 * creates the others with an initial password to change at first login or a one-time invitation link. A locked account
 * (see {@link LoginAttempts}) is refused at login before its password is even checked.
 */
@Service
public class UserAccountService implements UserDetailsService {

	/** Shortest password accepted, in characters. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	/** Longest password accepted, in UTF-8 bytes: bcrypt reads no further. */
	public static final int MAX_PASSWORD_BYTES = 72;

	private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final UserAccountRepository accounts;

	private final SecurityProperties properties;

	private final Clock clock;

	private final SecurityContextHolderStrategy securityContexts;

	private final ApplicationEventPublisher events;

	/** The same delegating (bcrypt) encoder Spring Security falls back to when checking a login. */
	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final SecureRandom random = new SecureRandom();

	UserAccountService(UserAccountRepository accounts, SecurityProperties properties, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> securityContexts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
		this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.events = events;
	}

	/**
	 * The account as Spring Security checks a login: locked while its lock lasts, and holding only
	 * {@link AppRoles#PASSWORD_CHANGE} while its initial password is unchanged.
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		var authorities = account.isMustChangePassword()
				? AuthorityUtils.createAuthorityList(AppRoles.PASSWORD_CHANGE)
				: AuthorityUtils.createAuthorityList("ROLE_" + account.getRole());
		return User.withUsername(account.getUsername()).password(account.getPasswordHash()).authorities(authorities)
				.accountLocked(account.isLockedAt(clock.instant())).build();
	}

	/** Creates an account with a password its owner keeps: the first coordinator's, and the tests' accounts. */
	@Transactional
	@PreAuthorize(Access.COORDINATORS)
	public void create(String username, String password, String role) {
		accounts.save(new UserAccount(username, encoder.encode(password), role));
	}

	/** Every account, by name. */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS)
	public List<Account> findAll() {
		return accounts.findAllByOrderByUsername().stream().map(Account::of).toList();
	}

	/**
	 * Creates an account with an initial password, which its owner must change at first login before anything else.
	 *
	 * @throws RefusedException {@code security.account.username.required}, {@code security.account.username.size},
	 *         {@code security.account.usernameTaken}, {@code security.account.binding},
	 *         {@code security.account.email.invalid}, or a password refusal of {@link #refuseWeak}
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS)
	public Account createWithPassword(NewAccount request, String initialPassword) {
		refuseWeak(initialPassword);
		var account = newAccount(request, initialPassword);
		account.requirePasswordChange();
		return Account.of(accounts.save(account));
	}

	/**
	 * Creates an account its owner opens with an invitation link: it has no password anyone knows until the link is
	 * used, once, within {@code mosaic.security.invitation-validity}.
	 *
	 * @return the invitation token, for the link; only its hash is stored, so it can be shown only now
	 * @throws RefusedException as {@link #createWithPassword} for the login and its binding
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS)
	public String invite(NewAccount request) {
		var account = newAccount(request, randomText(32));
		var token = newInvitation(account);
		accounts.save(account);
		return token;
	}

	/**
	 * A new invitation link for an account whose link expired or was lost, or whose owner forgot the password; its
	 * earlier link stops working, its current password keeps working until the new link is used.
	 *
	 * @return the invitation token
	 * @throws IllegalArgumentException when there is no such account
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS)
	public String reinvite(long id) {
		return newInvitation(account(id));
	}

	/** Lifts the lock after failed logins. */
	@Transactional
	@PreAuthorize(Access.COORDINATORS)
	public void unlock(long id) {
		account(id).unlock();
	}

	/**
	 * Changes the logged-in user's password; an initial password is then changed and the account gets its role at its
	 * next login. A wrong current password counts as a failed login.
	 *
	 * @throws RefusedException {@code security.password.wrongCurrent} when the current password is wrong,
	 *         {@code security.password.locked} while the account is locked, {@code security.password.unchanged}, or a
	 *         password refusal of {@link #refuseWeak}; nothing is changed
	 */
	@Transactional(noRollbackFor = RefusedException.class)
	@PreAuthorize(Access.AUTHENTICATED)
	public void changeOwnPassword(String currentPassword, String newPassword) {
		var account = ownAccount();
		var username = account.getUsername();
		if (account.isLockedAt(clock.instant())) {
			throw new RefusedException("security.password.locked");
		}
		if (!encoder.matches(currentPassword, account.getPasswordHash())) {
			recordFailedLogin(username);
			throw new RefusedException("security.password.wrongCurrent");
		}
		refuseWeak(newPassword);
		if (encoder.matches(newPassword, account.getPasswordHash())) {
			throw new RefusedException("security.password.unchanged");
		}
		account.changePassword(encoder.encode(newPassword), false);
	}

	/**
	 * The role of the logged-in user's account, one of {@link AppRoles#COORDINATOR}, {@link AppRoles#MEMBER},
	 * {@link AppRoles#WORKER}: also while the login holds none yet, its initial password unchanged. Empty when the
	 * login is no account's (the system's).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.AUTHENTICATED)
	public Optional<String> ownRole() {
		return accounts.findByUsername(ownUsername()).map(UserAccount::getRole);
	}

	/**
	 * The logged-in user's e-mail address, where their notices go; empty when they gave none, or when the login is no
	 * account's (the system's).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.AUTHENTICATED)
	public Optional<String> ownEmail() {
		return accounts.findByUsername(ownUsername()).map(UserAccount::getEmail);
	}

	/**
	 * Sets the logged-in user's e-mail address, where their notices go from now on; blank or null clears it, and they
	 * get none. Replacing an address publishes {@link EmailChanged}.
	 *
	 * @throws RefusedException {@code security.account.email.invalid} when the text is no address; nothing is changed
	 */
	@Transactional
	@PreAuthorize(Access.AUTHENTICATED)
	public void changeOwnEmail(@Nullable String address) {
		changeEmail(ownAccount(), address);
	}

	/**
	 * Sets any account's e-mail address, for instance one its notices could not reach; blank or null clears it.
	 * Replacing an address publishes {@link EmailChanged}.
	 *
	 * @throws RefusedException {@code security.account.email.invalid} when the text is no address; nothing is changed
	 * @throws IllegalArgumentException when there is no such account
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS)
	public void changeEmail(long id, @Nullable String address) {
		changeEmail(account(id), address);
	}

	private void changeEmail(UserAccount account, @Nullable String typed) {
		var before = account.getEmail();
		var after = EmailAddresses.normalised(typed);
		account.setEmail(after);
		if (before != null && after != null && !before.equals(after)) {
			events.publishEvent(new EmailChanged(before, after));
		}
	}

	/** The login name of the account an invitation token opens, if the token is valid: known, unused, not expired. */
	@Transactional(readOnly = true)
	public Optional<String> invitedUsername(String token) {
		return invitation(token).map(UserAccount::getUsername);
	}

	/**
	 * Sets the password of the account an invitation opens; the invitation is then used up.
	 *
	 * @throws RefusedException {@code security.invitation.invalid} when the token is unknown, used or expired, or a
	 *         password refusal of {@link #refuseWeak}; nothing is changed
	 */
	@Transactional
	public void acceptInvitation(String token, String password) {
		var account = invitation(token).orElseThrow(() -> new RefusedException("security.invitation.invalid"));
		refuseWeak(password);
		account.changePassword(encoder.encode(password), false);
	}

	/** How many accounts speak for the member employer: it cannot be deleted while one does. */
	@Transactional(readOnly = true)
	public long countBoundToMember(long memberId) {
		return accounts.countByMemberId(memberId);
	}

	/** How many accounts are the worker's: the worker cannot be deleted while one is. */
	@Transactional(readOnly = true)
	public long countBoundToWorker(long workerId) {
		return accounts.countByWorkerId(workerId);
	}

	/**
	 * Refuses a password shorter than {@value #MIN_PASSWORD_LENGTH} characters or longer than
	 * {@value #MAX_PASSWORD_BYTES} bytes.
	 *
	 * @throws RefusedException {@code security.password.tooShort} or {@code security.password.tooLong}
	 */
	public static void refuseWeak(String password) {
		if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			throw new RefusedException("security.password.tooShort", MIN_PASSWORD_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new RefusedException("security.password.tooLong", MAX_PASSWORD_BYTES);
		}
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
		var password = randomText(16);
		create(username, password, AppRoles.COORDINATOR);
		log.warn("""

				==========================================================
				 Mosaic coordinator account created
				   user:     {}
				   password: {}
				 This password is shown only once. Note it now.
				==========================================================""", username, password);
		return Optional.of(password);
	}

	/** Counts a failed login of the account, if it exists, and locks it once the failures reach the limit. */
	@Transactional
	void recordFailedLogin(String username) {
		accounts.recordFailure(username, properties.maxFailedLogins(), clock.instant().plus(properties.lockDuration()));
	}

	/** Forgets the account's failed logins and, when the browser said it, remembers the language it logged in with. */
	@Transactional
	void recordSuccessfulLogin(String username, Optional<Locale> locale) {
		accounts.recordSuccess(username);
		locale.ifPresent(language -> accounts.recordLocale(username, language.getLanguage()));
	}

	/**
	 * The accounts that gave an e-mail address, each with the member or worker it speaks for and the language to write
	 * to it in: its last login's, French when unknown.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS)
	public List<Contact> contacts() {
		return accounts.findByEmailIsNotNull().stream()
				.map(account -> new Contact(Objects.requireNonNull(account.getEmail()),
						account.getLocale() == null ? Locale.FRENCH : Locale.of(account.getLocale()),
						account.getMemberId(), account.getWorkerId()))
				.toList();
	}

	/**
	 * Where to write to an account.
	 *
	 * @param memberId the member employer a member's account speaks for, null for other roles
	 * @param workerId the worker a worker's account is, null for other roles
	 */
	public record Contact(String email, Locale locale, @Nullable Long memberId, @Nullable Long workerId) {
	}

	private UserAccount newAccount(NewAccount request, String password) {
		var username = request.username().strip();
		if (username.isEmpty()) {
			throw new RefusedException("security.account.username.required");
		}
		if (username.length() > NewAccount.MAX_USERNAME_LENGTH) {
			throw new RefusedException("security.account.username.size");
		}
		if (accounts.existsByUsername(username)) {
			throw new RefusedException("security.account.usernameTaken", username);
		}
		if (!request.boundAsItsRoleNeeds()) {
			throw new RefusedException("security.account.binding");
		}
		var email = EmailAddresses.normalised(request.email());
		var account = new UserAccount(username, encoder.encode(password), request.role());
		account.bind(request.memberId(), request.workerId());
		account.setEmail(email);
		return account;
	}

	private String newInvitation(UserAccount account) {
		var token = SecretTokens.newToken();
		account.invite(SecretTokens.sha256(token), clock.instant().plus(properties.invitationValidity()));
		return token;
	}

	private Optional<UserAccount> invitation(String token) {
		var now = clock.instant();
		return accounts.findByInvitationHash(SecretTokens.sha256(token)).filter(
				account -> account.getInvitationExpiresAt() != null && now.isBefore(account.getInvitationExpiresAt()));
	}

	/** The logged-in user's account, whatever its role. */
	private UserAccount ownAccount() {
		var username = ownUsername();
		return accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

	private String ownUsername() {
		return securityContexts.getContext().getAuthentication().getName();
	}

	private UserAccount account(long id) {
		return accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("no account " + id));
	}

	private String randomText(int length) {
		var text = new StringBuilder();
		for (var i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
