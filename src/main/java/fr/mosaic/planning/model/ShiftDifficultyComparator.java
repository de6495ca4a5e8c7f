package fr.mosaic.planning.model;

import java.util.Comparator;

/** Plans hard shifts first: contracted before extra, then longer, then with fewer possible starts. */
public class ShiftDifficultyComparator implements Comparator<ShiftAssignment> {

	private static final Comparator<ShiftAssignment> ORDER = Comparator
		.comparing((ShiftAssignment shift) -> !shift.getRequest().isExtra())
		.thenComparingInt(ShiftAssignment::getDurationMinutes)
		.thenComparing(shift -> -shift.getRequest().getAllowedStarts().size())
		.thenComparing(ShiftAssignment::getId);

	@Override
	public int compare(ShiftAssignment a, ShiftAssignment b) {
		return ORDER.compare(a, b);
	}

}
