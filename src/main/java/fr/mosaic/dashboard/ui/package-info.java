/** The dashboard screen: the chosen week's figures as cards, and each figure over the weeks before it as bars. */
@NullMarked
package fr.mosaic.dashboard.ui;

import org.jspecify.annotations.NullMarked;
