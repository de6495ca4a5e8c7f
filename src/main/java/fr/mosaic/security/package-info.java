/** Login, user accounts and roles. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui" })
package fr.mosaic.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
