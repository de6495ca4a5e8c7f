/**
 * The screens of members and workers that belong to no register module: a worker's published week with their month's
 * hours, their declared unavailability and their private calendar feed ({@code /calendar/{token}.ics}, read without
 * login by its secret token), and a member's published schedule. Each reads through services that let a member or a
 * worker see only their own ({@code CurrentUser}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "member", "planning", "request", "security",
		"statement", "weekplan", "worker" })
package fr.mosaic.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
