package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.util.List;

/** A what-if's result, as stored: its figures are summed over the weeks it analysed. */
public sealed interface WhatIfResult permits HiringScenarios.Result, Amendments.Result, Departure.Result {

	/**
	 * The Mondays of the weeks analysed, oldest first: those of the range that had requests. Empty in a result stored
	 * before what-ifs ran over several weeks, which analysed its own week only.
	 */
	List<LocalDate> weeks();

}
