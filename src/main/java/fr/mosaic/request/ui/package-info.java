/** Screens of the week's requests, one-off and recurring. */
@NullMarked
package fr.mosaic.request.ui;

import org.jspecify.annotations.NullMarked;
