package fr.mosaic.worker;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.mosaic.base.GroupSettingsService;
import fr.mosaic.base.RefusedException;
import fr.mosaic.security.Access;

/**
 * The periods a worker declares they cannot work, from their own screen. A declaration is one of the worker's
 * {@link Unavailability} periods, marked with the time it was declared, so the solver respects it like any other and
 * the coordinator sees who entered it. Times are the group's wall-clock times; a time the clocks repeat means its first
 * occurrence. A worker reaches only their own declarations.
 */
@PreAuthorize(Access.COORDINATORS)
@Service
public class UnavailabilityDeclarations {

	// the refusals name the times: one pattern readable in both languages, since the service knows no locale
	private static final DateTimeFormatter TIME_TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter HOUR_TEXT = DateTimeFormatter.ofPattern("HH:mm");

	private final WorkerRepository workers;

	private final GroupSettingsService settings;

	private final Clock clock;

	UnavailabilityDeclarations(WorkerRepository workers, GroupSettingsService settings, Clock clock) {
		this.workers = workers;
		this.settings = settings;
		this.clock = clock;
	}

	/** The worker's own declarations, by start. */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public List<Unavailability> declaredBy(long workerId) {
		return worker(workerId).getUnavailability().stream().filter(Unavailability::declaredByWorker)
				.sorted(Comparator.comparing(Unavailability::start)).toList();
	}

	/**
	 * Declares a period the worker cannot work, from now on.
	 *
	 * @param start the group's wall-clock time the period begins
	 * @param end the wall-clock time it ends, after the start
	 * @param reason why, shown to the coordinator; blank for none
	 * @return the declaration as stored
	 * @throws RefusedException {@code worker.declare.endBeforeStart} when the end does not come after the start,
	 *         {@code worker.declare.past} when the start has passed, {@code worker.declare.skipped} when the clocks
	 *         skip the start or the end (the hour they go forward)
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public Unavailability declare(long workerId, LocalDateTime start, LocalDateTime end, @Nullable String reason) {
		var zone = ZoneId.of(settings.get().getTimeZone());
		if (!end.isAfter(start)) {
			throw new RefusedException("worker.declare.endBeforeStart", text(start), text(end));
		}
		for (var time : List.of(start, end)) {
			if (zone.getRules().getValidOffsets(time).isEmpty()) {
				var transition = zone.getRules().getTransition(time);
				throw new RefusedException("worker.declare.skipped", text(time),
						HOUR_TEXT.format(transition.getDateTimeBefore()),
						HOUR_TEXT.format(transition.getDateTimeAfter()));
			}
		}
		var now = LocalDateTime.now(clock.withZone(zone));
		if (start.isBefore(now)) {
			throw new RefusedException("worker.declare.past", text(start));
		}
		var worker = worker(workerId);
		var declared = new Unavailability(start, end, reason == null || reason.isBlank() ? null : reason.strip(), null,
				null, now);
		var periods = new ArrayList<>(worker.getUnavailability());
		periods.add(declared);
		worker.setUnavailability(periods);
		return declared;
	}

	/**
	 * Withdraws one of the worker's declarations before it begins; the coordinator changes one that has.
	 *
	 * @throws RefusedException {@code worker.declare.started} when the period has begun, {@code worker.declare.gone}
	 *         when the worker has no such declaration (withdrawn already, or changed by the coordinator meanwhile)
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public void withdraw(long workerId, Unavailability declaration) {
		var worker = worker(workerId);
		if (!declaration.declaredByWorker() || !worker.getUnavailability().contains(declaration)) {
			throw new RefusedException("worker.declare.gone");
		}
		var now = LocalDateTime.now(clock.withZone(ZoneId.of(settings.get().getTimeZone())));
		if (!declaration.start().isAfter(now)) {
			throw new RefusedException("worker.declare.started", text(declaration.start()));
		}
		var periods = new ArrayList<>(worker.getUnavailability());
		periods.remove(declaration);
		worker.setUnavailability(periods);
	}

	/**
	 * The periods workers declared themselves that overlap the given wall-clock times, by worker code: what the
	 * planning board marks.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<Unavailability>> declaredBetween(LocalDateTime from, LocalDateTime to) {
		return workers.findAllByOrderById().stream()
				.collect(Collectors.toMap(Worker::getCode,
						worker -> worker.getUnavailability().stream()
								.filter(period -> period.declaredByWorker() && period.overlaps(from, to)).toList()))
				.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Worker worker(long workerId) {
		return workers.findWithCollectionsById(workerId)
				.orElseThrow(() -> new NoSuchElementException("worker " + workerId));
	}

	private static String text(LocalDateTime time) {
		return TIME_TEXT.format(time);
	}

}
