package fr.mosaic.security;

import fr.mosaic.base.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Someone who logs in: a name, a hashed password and a role. */
@Entity
@Table(name = "user_account")
class UserAccount extends BaseEntity {

	private String username;

	private String passwordHash;

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
