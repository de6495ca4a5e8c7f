package fr.mosaic.interchange;

import java.time.LocalDate;

/**
 * A stored week read as a problem document: the narrow way planning reads the register, the week's requests, history
 * and pins without depending on the features that keep them.
 */
public interface ProblemSource {

	/** Any week, stored or not: a week without requests is a problem with none. */
	ProblemDocument exportWeek(LocalDate weekStart);

}
