package fr.mosaic.weekplan;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.PlanDocument;

/**
 * A week's plan was published to members and workers. Raised inside the publishing transaction: listeners that react in
 * another feature take it after the commit ({@code @TransactionalEventListener}, as planning does to stop solving the
 * week), so that a rolled-back publication is never heard and a failing reaction never takes the publication back.
 *
 * @param replaced when a reopened week is published again (corrected, or as it was), the assignments it had been
 *        published with: each shift's worker and start; null at the week's first publication
 */
public record WeekPlanPublished(LocalDate weekStart, @Nullable List<PlanDocument.Shift> replaced) {

	/** Whether the week was published before: members and workers know its earlier plan. */
	public boolean republished() {
		return replaced != null;
	}

}
