/** Week plans: the shifts of one ISO week with their assignments, score and state. */
@NullMarked
package fr.mosaic.weekplan;

import org.jspecify.annotations.NullMarked;
