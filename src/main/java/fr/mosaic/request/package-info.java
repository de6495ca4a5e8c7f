/** Members' requests for a week's hours, one-off or recurring. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "interchange", "member", "security", "worker" })
package fr.mosaic.request;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
