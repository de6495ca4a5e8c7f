/** The login screen. */
@NullMarked
package fr.mosaic.security.ui;

import org.jspecify.annotations.NullMarked;
