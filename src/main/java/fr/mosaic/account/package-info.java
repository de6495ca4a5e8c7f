/**
 * The coordinator's accounts screen: accounts for coordinators, members and workers, created from the register with an
 * invitation link or an initial password; and the register's refusal to delete a member or worker an account speaks
 * for.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "member", "security", "worker" })
package fr.mosaic.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
