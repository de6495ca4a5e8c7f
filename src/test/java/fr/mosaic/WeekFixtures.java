package fr.mosaic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.mosaic.request.Request;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.WorkerService;

/**
 * Published weeks as tests need them, made and removed as the system whoever the test logs in as: one request's
 * Wednesday morning shift given to a worker. Found by component scanning from the test classpath.
 */
@Component
public class WeekFixtures {

	private final SystemAccess systemAccess;

	private final WeekPlanService weekPlans;

	private final WorkerService workers;

	WeekFixtures(SystemAccess systemAccess, WeekPlanService weekPlans, WorkerService workers) {
		this.systemAccess = systemAccess;
		this.weekPlans = weekPlans;
		this.workers = workers;
	}

	/** Publishes the request's week with one shift of the request, 09:00 to 12:00 on its Wednesday, for the worker. */
	public void publishOneShift(Request request, long workerId) {
		draftOneShiftEach(List.of(request), workerId);
		systemAccess.run(() -> weekPlans.publish(request.getWeekStart()));
	}

	/**
	 * Stores a draft of the requests' week (the first's) with one shift of each, 09:00 to 12:00 on its Wednesday, the
	 * next request's an hour after, all for the worker.
	 */
	public void draftOneShiftEach(List<Request> requests, long workerId) {
		var week = requests.getFirst().getWeekStart();
		systemAccess.run(() -> {
			var shifts = new ArrayList<PlannedShift>();
			for (var request : requests) {
				var start = week.plusDays(2).atTime(9 + shifts.size(), 0);
				shifts.add(new PlannedShift(request, 0, workers.get(workerId), start, null, start.plusHours(3), null,
						false, null));
			}
			weekPlans.saveDraft(week, shifts, "0hard/0medium/0soft", true);
		});
	}

	/** Removes the week's plan, published or not, and its history. */
	public void remove(LocalDate week) {
		systemAccess.run(() -> {
			if (weekPlans.isPublished(week)) {
				weekPlans.reopen(week);
			}
			weekPlans.deleteWeek(week);
		});
	}

}
