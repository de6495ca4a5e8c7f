package fr.mosaic.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.BaseEntity;

/**
 * Someone who logs in: a name, a hashed password and a role; a member's account is bound to its member employer, a
 * worker's to the worker (by id: the register's modules depend on this one, not the other way round). Failed logins are
 * counted by {@link UserAccountRepository#recordFailure}, outside this entity's version, so that concurrent attempts
 * all count.
 */
@Entity
@Table(name = "user_account")
class UserAccount extends BaseEntity {

	@NotBlank(message = "{security.account.username.required}")
	@Size(max = 80, message = "{security.account.username.size}")
	private String username;

	@NotBlank(message = "{security.account.passwordHash.required}")
	@Size(max = 255, message = "{security.account.passwordHash.size}")
	private String passwordHash;

	@NotBlank(message = "{security.account.role.required}")
	@Size(max = 32, message = "{security.account.role.size}")
	private String role;

	private @Nullable Long memberId;

	private @Nullable Long workerId;

	/** An initial password the coordinator chose: the account may do nothing but change it. */
	private boolean mustChangePassword;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	/** SHA-256 of the invitation token, hex; the token itself is never stored. */
	@Size(max = 64, message = "{security.account.invitationHash.size}")
	private @Nullable String invitationHash;

	private @Nullable Instant invitationExpiresAt;

	/** Where the notices of published weeks go; null: the account gets none. */
	@Size(max = EmailAddresses.MAX_LENGTH, message = "{security.account.email.size}")
	private @Nullable String email;

	/** The language of the account's last login, fr or en; null until it logs in from a browser saying one. */
	@Size(max = 8, message = "{security.account.locale.size}")
	private @Nullable String locale;

	protected UserAccount() {
		this("", "", AppRoles.COORDINATOR);
	}

	UserAccount(String username, String passwordHash, String role) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getRole() {
		return role;
	}

	@Nullable
	Long getMemberId() {
		return memberId;
	}

	@Nullable
	Long getWorkerId() {
		return workerId;
	}

	/** Binds the account to what its role speaks for: a member id for a member, a worker id for a worker. */
	void bind(@Nullable Long memberId, @Nullable Long workerId) {
		this.memberId = memberId;
		this.workerId = workerId;
	}

	@Nullable
	String getEmail() {
		return email;
	}

	void setEmail(@Nullable String email) {
		this.email = email;
	}

	@Nullable
	String getLocale() {
		return locale;
	}

	boolean isMustChangePassword() {
		return mustChangePassword;
	}

	int getFailedLogins() {
		return failedLogins;
	}

	@Nullable
	Instant getLockedUntil() {
		return lockedUntil;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	@Nullable
	Instant getInvitationExpiresAt() {
		return invitationExpiresAt;
	}

	/** A new password: any initial password, invitation, failure count and lock are over. */
	void changePassword(String passwordHash, boolean mustChange) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChange;
		this.invitationHash = null;
		this.invitationExpiresAt = null;
		unlock();
	}

	/** The password set is the coordinator's choice: its owner must change it at first login. */
	void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	void invite(String invitationHash, Instant expiresAt) {
		this.invitationHash = invitationHash;
		this.invitationExpiresAt = expiresAt;
	}

	void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

}
