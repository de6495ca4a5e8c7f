/** The import and export screen for problem files. */
@NullMarked
package fr.mosaic.transfer.ui;

import org.jspecify.annotations.NullMarked;
