package fr.mosaic.weekplan;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.mosaic.request.Request;
import fr.mosaic.worker.Worker;

interface PlannedShiftRepository extends JpaRepository<PlannedShift, Long> {

	long countByWorker(Worker worker);

	long countByRequest(Request request);

}
