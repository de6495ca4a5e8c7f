package fr.mosaic.weekplan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fr.mosaic.request.Request;
import fr.mosaic.worker.Worker;

interface PlannedShiftRepository extends JpaRepository<PlannedShift, Long> {

	// a reopened week's shift also holds the worker it was published with
	long countByWorkerOrBaselineWorker(Worker worker, Worker baselineWorker);

	long countByRequest(Request request);

	List<PlannedShift> findByRequestId(long requestId);

	@Query("select distinct s.weekPlan.weekStart from PlannedShift s where s.worker = :worker"
			+ " and s.weekPlan.state = fr.mosaic.weekplan.WeekPlanState.PUBLISHED order by s.weekPlan.weekStart")
	List<LocalDate> findPublishedWeeksOf(Worker worker);

}
