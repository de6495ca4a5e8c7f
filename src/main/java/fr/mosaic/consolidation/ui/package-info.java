/** The what-if screen: hiring scenarios, amendments that pay and departure costs, run and read by the coordinator. */
@NullMarked
package fr.mosaic.consolidation.ui;

import org.jspecify.annotations.NullMarked;
