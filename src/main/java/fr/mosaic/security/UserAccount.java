package fr.mosaic.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.mosaic.base.BaseEntity;

/** Someone who logs in: a name, a hashed password and a role. */
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

}
