/** Members' requests for a week's hours, one-off or recurring. */
@NullMarked
package fr.mosaic.request;

import org.jspecify.annotations.NullMarked;
