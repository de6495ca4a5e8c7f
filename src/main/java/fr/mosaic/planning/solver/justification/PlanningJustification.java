package fr.mosaic.planning.solver.justification;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * What every rule's justification offers for breakdowns per worker and per member: a record with a {@code workerId} or
 * {@code memberId} component answers through it. In the records, {@code day} counts from 0 for the week's Monday, shift
 * ids are {@code <request id>#<index>} and amounts are minutes unless named otherwise.
 */
public interface PlanningJustification extends ConstraintJustification {

	default @Nullable String workerId() {
		return null;
	}

	default @Nullable String memberId() {
		return null;
	}

	/** The day of the week the penalty falls on (0 for its first day), or -1 when it is about the whole week. */
	default int day() {
		return -1;
	}

}
