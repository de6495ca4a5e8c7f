/** The accounts screen. */
@NullMarked
package fr.mosaic.account.ui;

import org.jspecify.annotations.NullMarked;
