/**
 * What was published, read back as hours: a member's monthly statement per worker and site (the basis of the group's
 * invoice, with its CSV export), a worker's hours of a month and the travel between their shifts of a week. Each method
 * is scoped to the caller's own member or worker.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "interchange", "member", "planning", "request",
		"security", "weekplan", "worker" })
package fr.mosaic.statement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
