/** The JSON interchange format, the public contract: a week's problem and its plan, read, checked and written. */
@NullMarked
@ApplicationModule(allowedDependencies = "base")
package fr.mosaic.interchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
