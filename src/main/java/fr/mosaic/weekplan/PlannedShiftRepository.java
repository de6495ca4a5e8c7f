package fr.mosaic.weekplan;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.request.Request;
import fr.mosaic.worker.Worker;

interface PlannedShiftRepository extends JpaRepository<PlannedShift, Long> {

	// a reopened week's shift also holds the worker it was published with
	long countByWorkerOrBaselineWorker(Worker worker, Worker baselineWorker);

	long countByRequest(Request request);

}
