/** Shared kernel: base entity, group-wide settings, the application shell and shared UI pieces. */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package fr.mosaic.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
