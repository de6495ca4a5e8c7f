package fr.mosaic.worker;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.base.RegisterService;
import fr.mosaic.security.Access;

@PreAuthorize(Access.COORDINATORS)
@Service
@Validated
public class WorkerService implements RegisterService<Worker> {

	private final WorkerRepository workers;

	private final List<ReferenceCheck<Worker>> checks;

	WorkerService(WorkerRepository workers, List<ReferenceCheck<Worker>> checks) {
		this.workers = workers;
		this.checks = checks;
	}

	@Transactional(readOnly = true)
	@Override
	public List<Worker> find(String filter, Pageable pageable) {
		var page = workers.findByNameContainingIgnoreCaseOrCodeContainingIgnoreCaseOrderByName(filter, filter,
				pageable);
		// The grid lists each worker's skills. Fetched in the paged query, they would make Hibernate page in memory.
		return workers.findWithSkillsByIdInOrderByName(page.stream().map(Worker::getId).toList());
	}

	@Transactional(readOnly = true)
	@Override
	public long count(String filter) {
		return workers.countByNameContainingIgnoreCaseOrCodeContainingIgnoreCase(filter, filter);
	}

	/** Every worker with all their collections loaded, in the order they were created. */
	@Transactional(readOnly = true)
	public List<Worker> findAll() {
		return workers.findAllByOrderById();
	}

	/** A worker reads its own record. */
	@Transactional(readOnly = true)
	@Override
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public Worker get(long workerId) {
		return workers.findWithCollectionsById(workerId)
				.orElseThrow(() -> new NoSuchElementException("worker " + workerId));
	}

	@Transactional(readOnly = true)
	public Optional<Worker> findByCode(String code) {
		return workers.findByCode(code);
	}

	@Transactional
	@Override
	public Worker save(Worker worker) {
		return get(workers.merge(worker).getId());
	}

	/** Refuses, with the references found, to delete a worker that week plans still refer to. */
	@Transactional
	@Override
	public void delete(Worker worker) {
		var stored = get(worker.getId());
		ReferenceCheck.refuseIfReferenced(stored, checks);
		workers.delete(stored);
	}

}
