/** Planning a week: mapping a problem to the solver model, solving it and explaining the plan. */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "interchange", "request", "security", "weekplan",
		"worker" })
package fr.mosaic.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
