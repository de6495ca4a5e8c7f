/** Shared kernel: base entity, group-wide settings, the application shell and shared UI pieces. */
@NullMarked
package fr.mosaic.base;

import org.jspecify.annotations.NullMarked;
