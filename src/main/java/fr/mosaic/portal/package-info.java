/**
 * The screens of members and workers that belong to no register module: for now a worker's published week. Each reads
 * through services that let a member or a worker see only their own ({@code CurrentUser}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "member", "planning", "request", "security",
		"weekplan", "worker" })
package fr.mosaic.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
