/**
 * The coordinator's accounts screen: accounts for coordinators, members and workers, created from the register with an
 * invitation link or an initial password, their e-mail addresses and the notices that could not reach them; and the
 * register's refusal to delete a member or worker an account speaks for.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "member", "notice", "security", "security :: ui",
		"worker" })
package fr.mosaic.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
