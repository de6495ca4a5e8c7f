/** A worker's week and a member's schedule, as published. */
@NullMarked
package fr.mosaic.portal.ui;

import org.jspecify.annotations.NullMarked;
