/**
 * The benchmark command: generated weeks solved by a greedy first-fit baseline and by the week solver, measured from
 * the plans alone and compared in one table.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "demo", "interchange", "planning", "planning :: validation" })
package fr.mosaic.benchmark;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
