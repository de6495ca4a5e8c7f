package fr.mosaic.consolidation;

import java.time.LocalDate;

/** A what-if asked on a range of weeks none of which has a request: there is nothing to analyse. */
public class NoRequestsException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	NoRequestsException(LocalDate weekStart, int weeks) {
		super("no requests in the %d weeks up to the week of %s".formatted(weeks, weekStart));
	}

}
