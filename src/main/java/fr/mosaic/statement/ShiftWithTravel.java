package fr.mosaic.statement;

import fr.mosaic.weekplan.PlannedShift;

/**
 * A worker's published shift and the trip to it.
 *
 * @param travelBefore minutes of travel from the site of the shift before it, when both are in one duty period (less
 *        than the daily rest apart); 0 for the first shift of a duty period or one at the same site
 */
public record ShiftWithTravel(PlannedShift shift, int travelBefore) {
}
