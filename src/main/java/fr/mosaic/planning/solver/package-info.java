/** The planning rules as constraint streams, with their default weights. */
@NullMarked
package fr.mosaic.planning.solver;

import org.jspecify.annotations.NullMarked;
