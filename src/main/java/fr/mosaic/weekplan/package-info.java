/** Week plans: the shifts of one ISO week with their assignments, score and state. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "interchange", "member", "request", "worker" })
package fr.mosaic.weekplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
