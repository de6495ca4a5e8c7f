/** Import and export of the group's register and a week's requests as problem files, on screen and by command. */
@NullMarked
package fr.mosaic.transfer;

import org.jspecify.annotations.NullMarked;
