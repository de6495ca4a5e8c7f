/** The monthly statement screen, for a member and for the coordinator. */
@NullMarked
package fr.mosaic.statement.ui;

import org.jspecify.annotations.NullMarked;
