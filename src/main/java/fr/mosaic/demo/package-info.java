/** Deterministic, plausible planning problems of several sizes, for demos, tests and benchmarks. */
@NullMarked
@ApplicationModule(allowedDependencies = { "interchange", "member", "security", "transfer" })
package fr.mosaic.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
