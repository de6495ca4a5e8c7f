/** The week board: workers by the seven days, each shift a block at its time, the uncovered ones in a tray. */
@NullMarked
package fr.mosaic.planning.ui.board;

import org.jspecify.annotations.NullMarked;
