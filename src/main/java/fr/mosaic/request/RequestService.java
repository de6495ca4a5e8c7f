package fr.mosaic.request;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.NoSuchElementException;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.base.RefusedException;
import fr.mosaic.member.Member;
import jakarta.validation.Valid;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
public class RequestService {

	private final RequestRepository requests;

	private final RecurringRequestRepository recurringRequests;

	private final List<ReferenceCheck<Request>> checks;

	private final Clock clock;

	RequestService(RequestRepository requests, RecurringRequestRepository recurringRequests,
			List<ReferenceCheck<Request>> checks, Clock clock) {
		this.requests = requests;
		this.recurringRequests = recurringRequests;
		this.checks = checks;
		this.clock = clock;
	}

	/** The week's requests with their windows, in the order they were made. */
	@Transactional(readOnly = true)
	public List<Request> findByWeek(LocalDate weekStart) {
		var week = requests.findByWeekStartOrderById(weekStart);
		week.forEach(request -> Hibernate.initialize(request.getWindows()));
		return week;
	}

	@Transactional(readOnly = true)
	public List<Request> findByWeekAndMember(LocalDate weekStart, Member member) {
		var week = requests.findByWeekStartAndMemberOrderById(weekStart, member);
		week.forEach(request -> Hibernate.initialize(request.getWindows()));
		return week;
	}

	@Transactional(readOnly = true)
	public Request get(long id) {
		var request = requests.findById(id).orElseThrow(() -> new NoSuchElementException("request " + id));
		Hibernate.initialize(request.getWindows());
		return request;
	}

	@Transactional
	public Request save(@Valid Request request) {
		return requests.merge(request);
	}

	/** Refuses, with the references found, to delete a request that a week plan still holds. */
	@Transactional
	public void delete(Request request) {
		var stored = get(request.getId());
		ReferenceCheck.refuseIfReferenced(stored, checks);
		requests.delete(stored);
	}

	/** Deletes the week's requests; the caller has already removed what referred to them. */
	@Transactional
	public void deleteWeek(LocalDate weekStart) {
		requests.deleteAll(requests.findByWeekStartOrderById(weekStart));
		requests.flush();
	}

	@Transactional(readOnly = true)
	public List<RecurringRequest> findAllRecurring() {
		var all = recurringRequests.findAllByOrderById();
		all.forEach(recurring -> Hibernate.initialize(recurring.getWindows()));
		return all;
	}

	@Transactional(readOnly = true)
	public RecurringRequest getRecurring(long id) {
		var recurring = recurringRequests.findById(id)
			.orElseThrow(() -> new NoSuchElementException("recurring request " + id));
		Hibernate.initialize(recurring.getWindows());
		return recurring;
	}

	@Transactional
	public RecurringRequest saveRecurring(@Valid RecurringRequest recurring) {
		return recurringRequests.merge(recurring);
	}

	@Transactional
	public void deleteRecurring(RecurringRequest recurring) {
		var stored = recurringRequests.findById(recurring.getId()).orElseThrow();
		ReferenceCheck.refuseIfReferenced(stored, List.of(r -> ReferenceCheck
			.counted("request.reference.requests", requests.countByRecurringRequest(r))));
		recurringRequests.delete(stored);
	}

	/**
	 * Adds to the week the requests that recurring requests produce for it, once each: running it twice adds nothing.
	 * Returns how many requests were added.
	 * @throws RefusedException {@code request.form.weekStart.past} when the week is over (before the current week by
	 * the clock): nothing is added
	 */
	@Transactional
	public int addRecurringRequests(LocalDate weekStart) {
		if (weekStart.isBefore(LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))) {
			throw new RefusedException("request.form.weekStart.past");
		}
		var added = 0;
		for (var recurring : recurringRequests
			.findByFirstDayLessThanEqualAndLastDayGreaterThanEqualOrderById(weekStart.plusDays(6), weekStart)) {
			if (requests.existsByWeekStartAndRecurringRequest(weekStart, recurring)) {
				continue;
			}
			var produced = recurring.requestFor(weekStart);
			if (produced.isPresent()) {
				requests.save(produced.get());
				added++;
			}
		}
		return added;
	}

}
