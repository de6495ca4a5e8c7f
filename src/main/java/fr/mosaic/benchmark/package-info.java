/** Baselines and measures for comparing planners: a greedy first-fit planner, plan metrics and a results table. */
@NullMarked
package fr.mosaic.planning.benchmark;

import org.jspecify.annotations.NullMarked;
