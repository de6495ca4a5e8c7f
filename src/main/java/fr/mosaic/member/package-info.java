/** Member employers of the group and their sites, with travel-time overrides between sites. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "security" })
package fr.mosaic.member;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
