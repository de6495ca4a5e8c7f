/** The independent check of a week's plan: every rule of the spec recomputed from the problem and plan alone. */
@NullMarked
@NamedInterface("validation")
package fr.mosaic.planning.validation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
