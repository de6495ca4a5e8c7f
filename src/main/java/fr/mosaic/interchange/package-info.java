/** The JSON interchange format: a week's problem and its plan, read, checked, imported and exported. */
@NullMarked
package fr.mosaic.interchange;

import org.jspecify.annotations.NullMarked;
