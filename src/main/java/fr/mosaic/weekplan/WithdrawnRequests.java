package fr.mosaic.weekplan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.mosaic.request.RequestWithdrawn;

/**
 * Drops a withdrawn request's shifts from the week's draft. Only a draft can hold them: a member's withdrawal of a
 * published or reopened week's request is refused before this is heard. The draft is then read against the register as
 * any stale plan is, its score recomputed on review.
 */
@Component
class WithdrawnRequests {

	private final PlannedShiftRepository shifts;

	WithdrawnRequests(PlannedShiftRepository shifts) {
		this.shifts = shifts;
	}

	@EventListener
	void on(RequestWithdrawn withdrawn) {
		for (var shift : shifts.findByRequestId(withdrawn.requestId())) {
			var plan = shift.weekPlan();
			if (plan != null) {
				plan.getShifts().remove(shift);
			}
		}
		shifts.flush();
	}

}
