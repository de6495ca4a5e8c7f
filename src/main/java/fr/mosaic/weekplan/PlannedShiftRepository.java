package fr.mosaic.weekplan;

import fr.mosaic.request.Request;
import fr.mosaic.worker.Worker;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedShiftRepository extends JpaRepository<PlannedShift, Long> {

	long countByWorker(Worker worker);

	long countByRequest(Request request);

}
