/**
 * The benchmark command: generated weeks solved by a greedy first-fit baseline and by the week solver, measured from
 * the plans alone and compared in one table.
 */
@NullMarked
package fr.mosaic.benchmark;

import org.jspecify.annotations.NullMarked;
