package fr.mosaic.consolidation;

import java.util.List;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;

/** Solves one what-if copy of a week, starting from a plan's shifts (those the copy still allows). */
@FunctionalInterface
public interface WhatIfSolve {

	/**
	 * @throws IllegalStateException when solving fails or the thread is interrupted (a cancelled analysis)
	 */
	PlanDocument solve(ProblemDocument copy, List<PlanDocument.Shift> start);

}
