/** Import and export of the group's register and a week's requests as problem files, on screen and by command. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "interchange", "member", "request", "security",
		"weekplan", "worker" })
package fr.mosaic.transfer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
