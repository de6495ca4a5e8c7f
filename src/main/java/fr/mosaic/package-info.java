/** Mosaic: weekly scheduling for an employer group and its member employers. */
@NullMarked
package fr.mosaic;

import org.jspecify.annotations.NullMarked;
