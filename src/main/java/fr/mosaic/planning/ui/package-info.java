/** The coordinator's week plan screen: solve, read the explanation, publish. */
@NullMarked
package fr.mosaic.planning.ui;

import org.jspecify.annotations.NullMarked;
