/** The group's workers: contract, skills, weekly availability, unavailability, preferences and exclusions. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "member", "security" })
package fr.mosaic.worker;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
