/**
 * The coordinator's dashboard: a week's stored plan and the weeks before it in figures (coverage, contracts, overtime,
 * employers a day, travel), read from the plans as the planning module reviews them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "interchange", "planning", "security", "weekplan" })
package fr.mosaic.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
