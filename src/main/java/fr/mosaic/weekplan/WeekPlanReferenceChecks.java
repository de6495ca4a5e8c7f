package fr.mosaic.weekplan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.member.Member;
import fr.mosaic.request.Request;
import fr.mosaic.worker.Worker;

/** Week plans and work history refer to workers, requests and members. */
@Configuration(proxyBeanMethods = false)
class WeekPlanReferenceChecks {

	@Bean
	ReferenceCheck<Worker> shiftsOfWorker(PlannedShiftRepository shifts, WeekPlanRepository plans,
			WorkHistoryRepository history) {
		return worker -> ReferenceCheck.counted("weekplan.reference.shifts",
				shifts.countByWorkerOrBaselineWorker(worker, worker) + plans.countPublishedShiftsOf(worker)
						+ history.countByWorker(worker));
	}

	@Bean
	ReferenceCheck<Request> shiftsOfRequest(PlannedShiftRepository shifts, WeekPlanRepository plans) {
		return request -> ReferenceCheck.counted("weekplan.reference.shifts",
				shifts.countByRequest(request) + plans.countPublishedShiftsOf(request));
	}

	@Bean
	ReferenceCheck<Member> historyOfMember(WorkHistoryRepository history) {
		return member -> ReferenceCheck.counted("weekplan.reference.history", history.countByMember(member));
	}

}
