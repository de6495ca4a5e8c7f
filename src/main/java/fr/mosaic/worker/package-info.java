/** The group's workers: contract, skills, weekly availability, unavailability, preferences and exclusions. */
@NullMarked
package fr.mosaic.worker;

import org.jspecify.annotations.NullMarked;
