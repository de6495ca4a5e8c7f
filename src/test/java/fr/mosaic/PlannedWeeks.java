package fr.mosaic;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.mosaic.security.SystemAccess;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * Week plans as tests of what was published need them, stored and removed as the system whoever the test logs in as. A
 * test plans weeks of its own: storing a week's draft replaces every shift of that week.
 */
@Component
public class PlannedWeeks {

	private final SystemAccess systemAccess;

	private final WeekPlanService weekPlans;

	PlannedWeeks(SystemAccess systemAccess, WeekPlanService weekPlans) {
		this.systemAccess = systemAccess;
		this.weekPlans = weekPlans;
	}

	/** Stores the shifts as the week's feasible draft. */
	public void draft(LocalDate week, List<PlannedShift> shifts) {
		systemAccess.run(() -> weekPlans.saveDraft(week, shifts, "0hard/0medium/0soft", true));
	}

	public void publish(LocalDate week) {
		systemAccess.run(() -> weekPlans.publish(week));
	}

	/** Removes the weeks' plans and history, a published week reopened first. */
	public void remove(LocalDate... weeks) {
		systemAccess.run(() -> {
			for (var week : weeks) {
				if (weekPlans.isPublished(week)) {
					weekPlans.reopen(week);
				}
				weekPlans.deleteWeek(week);
			}
		});
	}

}
