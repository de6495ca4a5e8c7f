/** Screens of the worker register: workers and the skills they hold. */
@NullMarked
package fr.mosaic.worker.ui;

import org.jspecify.annotations.NullMarked;
