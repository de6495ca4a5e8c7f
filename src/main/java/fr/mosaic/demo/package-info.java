/** Deterministic, plausible planning problems of several sizes, for demos, tests and benchmarks. */
@NullMarked
package fr.mosaic.demo;

import org.jspecify.annotations.NullMarked;
