/** One record per planning rule naming the worker, member, shifts and amount behind each penalty. */
@NullMarked
package fr.mosaic.planning.solver.justification;

import org.jspecify.annotations.NullMarked;
