/** The import and export screen for problem files. */
@NullMarked
package fr.mosaic.interchange.ui;

import org.jspecify.annotations.NullMarked;
