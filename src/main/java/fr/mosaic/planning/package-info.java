/** Planning a week: mapping a problem to the solver model, solving it and explaining the plan. */
@NullMarked
package fr.mosaic.planning;

import org.jspecify.annotations.NullMarked;
