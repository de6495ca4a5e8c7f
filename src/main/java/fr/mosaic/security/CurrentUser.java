package fr.mosaic.security;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for the screens and services of members and workers: the member employer or the worker the logged-in
 * account speaks for. Read from the account on each call, so a binding is never stale. Services scope their methods
 * with {@link Access#COORDINATORS_OR_MEMBER_SELF} and {@link Access#COORDINATORS_OR_WORKER_SELF}, which call
 * {@link #isMember} and {@link #isWorker} as {@code @currentUser}; screens pass {@code memberId().orElseThrow()}.
 */
@Component("currentUser")
public class CurrentUser {

	private final UserAccountRepository accounts;

	private final SecurityContextHolderStrategy securityContexts;

	CurrentUser(UserAccountRepository accounts, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
		this.accounts = accounts;
		this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** The login name, if someone is logged in. */
	public Optional<String> username() {
		return Optional.ofNullable(authentication()).map(Authentication::getName);
	}

	/** The member employer the logged-in member speaks for; empty for any other role or no login. */
	public Optional<Long> memberId() {
		return bound(AppRoles.MEMBER, UserAccount::getMemberId);
	}

	/** The worker the logged-in worker is; empty for any other role or no login. */
	public Optional<Long> workerId() {
		return bound(AppRoles.WORKER, UserAccount::getWorkerId);
	}

	/** Whether the logged-in user is a member speaking for this member employer. */
	public boolean isMember(long memberId) {
		return memberId().filter(id -> id == memberId).isPresent();
	}

	/** Whether the logged-in user is this worker. */
	public boolean isWorker(long workerId) {
		return workerId().filter(id -> id == workerId).isPresent();
	}

	/**
	 * The role the login holds: one of {@link AppRoles#COORDINATOR}, {@link AppRoles#MEMBER}, {@link AppRoles#WORKER};
	 * empty with no login, or for one that must first change its password.
	 */
	public Optional<String> role() {
		return Stream.of(AppRoles.COORDINATOR, AppRoles.MEMBER, AppRoles.WORKER).filter(this::hasRole).findFirst();
	}

	/** Whether the login holds the role; a login that must first change its password holds none. */
	public boolean hasRole(String role) {
		var authentication = authentication();
		return authentication != null && authentication.getAuthorities().stream()
				.anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
	}

	private Optional<Long> bound(String role, Function<UserAccount, @Nullable Long> binding) {
		if (!hasRole(role)) {
			return Optional.empty();
		}
		return username().flatMap(accounts::findByUsername).filter(account -> role.equals(account.getRole()))
				.map(binding);
	}

	private @Nullable Authentication authentication() {
		var authentication = securityContexts.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication;
	}

}
