package fr.mosaic.request;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.mosaic.base.GroupSettingsService;
import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.base.RefusedException;
import fr.mosaic.security.Access;

/**
 * The register of requests. Windows are the group's wall-clock times in its zone ({@code GroupSettings.timeZone}): a
 * one-off window at a time the clocks skip is refused, a recurring one is laid on each week's clock.
 */
@PreAuthorize(Access.COORDINATORS)
@Service
@Validated
public class RequestService {

	private final RequestRepository requests;

	private final RecurringRequestRepository recurringRequests;

	private final List<ReferenceCheck<Request>> checks;

	private final Clock clock;

	private final GroupSettingsService settings;

	RequestService(RequestRepository requests, RecurringRequestRepository recurringRequests,
			List<ReferenceCheck<Request>> checks, Clock clock, GroupSettingsService settings) {
		this.requests = requests;
		this.recurringRequests = recurringRequests;
		this.checks = checks;
		this.clock = clock;
		this.settings = settings;
	}

	/** The week's requests with their windows, in the order they were made. */
	@Transactional(readOnly = true)
	public List<Request> findByWeek(LocalDate weekStart) {
		return requests.findByWeekStartOrderById(weekStart);
	}

	/**
	 * The member employer's requests with their windows, of the weeks from the one starting {@code firstWeek} to the
	 * one starting {@code lastWeek}, by week then in the order they were made. A member reads its own only.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public List<Request> findByMember(long memberId, LocalDate firstWeek, LocalDate lastWeek) {
		return requests.findByMemberIdAndWeekStartBetweenOrderByWeekStartAscIdAsc(memberId, firstWeek, lastWeek);
	}

	@Transactional(readOnly = true)
	public Request get(long id) {
		return requests.findWithWindowsById(id).orElseThrow(() -> new NoSuchElementException("request " + id));
	}

	/**
	 * The first bound of the windows, window by window and start before end, at a time that does not exist in the
	 * group's zone: the hour the clocks skip when they go forward (spec "Time"). Empty when every bound exists.
	 */
	@Transactional(readOnly = true)
	public Optional<SkippedTime> skippedTime(List<RequestWindow> windows) {
		return SkippedTime.first(windows, zone());
	}

	/**
	 * Stores a coordinator's request. A week already over is refused: its plan is history, and a request there would
	 * never be scheduled.
	 *
	 * @throws RefusedException {@code request.form.weekStart.past} when the request's week is before the current week
	 *         by the clock; nothing is stored
	 * @throws IllegalArgumentException naming the field ({@code windows[0].start}) when a window starts or ends at a
	 *         time the group's clocks skip ({@link #skippedTime}); nothing is stored
	 */
	@Transactional
	public Request save(@Valid Request request) {
		refuseIfOver(request.getWeekStart());
		return store(request);
	}

	/**
	 * Replaces the week's requests with those of a problem file, in their order. Unlike {@link #save}, a week that is
	 * over is taken: a file is the record of its week, and last year's may be imported to compare plans. The caller has
	 * already removed what referred to the week's old requests.
	 *
	 * @throws IllegalArgumentException as {@link #save} for a window at a time the group's clocks skip
	 */
	@Transactional
	public List<Request> replaceWeek(LocalDate weekStart, List<Request> week) {
		deleteWeek(weekStart);
		return week.stream().map(this::store).toList();
	}

	private Request store(Request request) {
		var zone = zone();
		SkippedTime.first(request.getWindows(), zone).ifPresent(skipped -> {
			throw new IllegalArgumentException("%s: %s does not exist in %s, the clocks go forward that night"
					.formatted(skipped.field(), skipped.time(), zone));
		});
		return requests.merge(request);
	}

	/** Refuses, with the references found, to delete a request that a week plan still holds. */
	@Transactional
	public void delete(Request request) {
		var stored = get(request.getId());
		ReferenceCheck.refuseIfReferenced(stored, checks);
		requests.delete(stored);
	}

	private void deleteWeek(LocalDate weekStart) {
		requests.deleteAll(requests.findByWeekStartOrderById(weekStart));
		requests.flush();
	}

	@Transactional(readOnly = true)
	public List<RecurringRequest> findAllRecurring() {
		return recurringRequests.findAllByOrderById();
	}

	@Transactional(readOnly = true)
	public RecurringRequest getRecurring(long id) {
		return recurringRequests.findWithWindowsById(id)
				.orElseThrow(() -> new NoSuchElementException("recurring request " + id));
	}

	@Transactional
	public RecurringRequest saveRecurring(@Valid RecurringRequest recurring) {
		return recurringRequests.merge(recurring);
	}

	@Transactional
	public void deleteRecurring(RecurringRequest recurring) {
		var stored = recurringRequests.findById(recurring.getId()).orElseThrow();
		ReferenceCheck.refuseIfReferenced(stored, List
				.of(r -> ReferenceCheck.counted("request.reference.requests", requests.countByRecurringRequest(r))));
		recurringRequests.delete(stored);
	}

	/**
	 * Adds to the week the requests that recurring requests produce for it, once each: running it twice adds nothing.
	 * Each weekly window is laid on the week's clock in the group's zone: a bound in the hour the clocks skip moves to
	 * the moment they jump, and a window that leaves too few elapsed minutes for one shift is left out (and said in the
	 * result); a recurring request with no window left adds no request.
	 *
	 * @throws RefusedException {@code request.form.weekStart.past} when the week is over (before the current week by
	 *         the clock): nothing is added
	 */
	@Transactional
	public RecurringAddition addRecurringRequests(LocalDate weekStart) {
		refuseIfOver(weekStart);
		var zone = zone();
		var added = 0;
		var leftOut = new ArrayList<RecurringAddition.LeftOutWindow>();
		for (var recurring : recurringRequests
				.findByFirstDayLessThanEqualAndLastDayGreaterThanEqualOrderById(weekStart.plusDays(6), weekStart)) {
			if (requests.existsByWeekStartAndRecurringRequest(weekStart, recurring)) {
				continue;
			}
			var produced = recurring.requestFor(weekStart, zone, leftOut::add);
			if (produced.isPresent()) {
				requests.save(produced.get());
				added++;
			}
		}
		return new RecurringAddition(added, leftOut);
	}

	/** Whether the week is over: it is before the week under way by the clock. */
	public boolean isOver(LocalDate weekStart) {
		return weekStart.isBefore(LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	private void refuseIfOver(LocalDate weekStart) {
		if (isOver(weekStart)) {
			throw new RefusedException("request.form.weekStart.past");
		}
	}

	private ZoneId zone() {
		return ZoneId.of(settings.get().getTimeZone());
	}

}
