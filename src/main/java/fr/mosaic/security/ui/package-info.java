/** The login, account and error screens. */
@NullMarked
package fr.mosaic.security.ui;

import org.jspecify.annotations.NullMarked;
