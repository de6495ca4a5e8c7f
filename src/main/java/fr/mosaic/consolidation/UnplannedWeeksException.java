package fr.mosaic.consolidation;

import java.time.LocalDate;
import java.util.List;

/**
 * A what-if asked on weeks with requests but no stored plan: the what-ifs start from the weeks' stored plans, so that
 * the same what-if on the same weeks gives the same reference every run; those weeks must be planned first.
 */
public class UnplannedWeeksException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final List<LocalDate> weeks;

	UnplannedWeeksException(List<LocalDate> weeks) {
		super("plan first the weeks of " + weeks + ": a what-if starts from their stored plans");
		this.weeks = List.copyOf(weeks);
	}

	/** The Mondays of the weeks to plan first, oldest first. */
	public List<LocalDate> weeks() {
		return weeks;
	}

}
