/** The solver's plain planning model of one week: workers, sites, requests and the shifts to assign. */
@NullMarked
package fr.mosaic.planning.model;

import org.jspecify.annotations.NullMarked;
