/** The independent check of a week's plan: every rule of the spec recomputed from the problem and plan alone. */
@NullMarked
package fr.mosaic.planning.validation;

import org.jspecify.annotations.NullMarked;
