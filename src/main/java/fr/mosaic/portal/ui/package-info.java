/** A worker's week. */
@NullMarked
package fr.mosaic.portal.ui;

import org.jspecify.annotations.NullMarked;
