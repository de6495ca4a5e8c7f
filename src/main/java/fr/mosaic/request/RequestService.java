package fr.mosaic.request;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import fr.mosaic.base.GroupSettingsService;
import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.base.RefusedException;
import fr.mosaic.member.Member;
import fr.mosaic.security.Access;
import fr.mosaic.security.CurrentUser;

/**
 * The register of requests. Windows are the group's wall-clock times in its zone ({@code GroupSettings.timeZone}): a
 * one-off window at a time the clocks skip is refused, a recurring one is laid on each week's clock.
 * <p>
 * A member makes, edits and withdraws its own requests through the methods taking its {@code memberId}, which refuse
 * ({@link AccessDeniedException}, nothing changed) a request, site or member that is not the caller's. Once a week is
 * published (or reopened since), its requests no longer change that way: the member asks the coordinator
 * ({@link #askChange}).
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

	private final ChangeRequestRepository changeRequests;

	private final PublishedWeeks publishedWeeks;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	private final Validator validator;

	RequestService(RequestRepository requests, RecurringRequestRepository recurringRequests,
			List<ReferenceCheck<Request>> checks, Clock clock, GroupSettingsService settings,
			ChangeRequestRepository changeRequests, PublishedWeeks publishedWeeks, CurrentUser currentUser,
			Validator validator, ApplicationEventPublisher events) {
		this.requests = requests;
		this.recurringRequests = recurringRequests;
		this.checks = checks;
		this.clock = clock;
		this.settings = settings;
		this.changeRequests = changeRequests;
		this.publishedWeeks = publishedWeeks;
		this.currentUser = currentUser;
		this.validator = validator;
		this.events = events;
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
	@PreAuthorize(Access.AUTHENTICATED)
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

	/**
	 * The member's request, for its form.
	 *
	 * @throws AccessDeniedException when the request is another member's
	 * @throws NoSuchElementException when there is no such request
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public Request getOfMember(long memberId, long id) {
		return requireOwn(memberId, get(id));
	}

	/**
	 * Stores a member's request, new or changed, for a week not over nor published. A new request gets a code of its
	 * own for its week ({@code M<memberId>-<n>}); a changed one keeps its code and priority, which are the
	 * coordinator's.
	 *
	 * @throws AccessDeniedException when the request (as stored), its member or its site is another member's
	 * @throws ConstraintViolationException as {@code @Valid} would, naming what is wrong (a window shorter than a
	 *         block, more blocks than days with distinct days...)
	 * @throws RefusedException {@code request.form.weekStart.past} for a week over, {@code request.mine.published} for
	 *         a published week, the stored one's or the new one's; nothing is stored
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public Request saveOfMember(long memberId, Request request) {
		requireOwnTerms(memberId, request);
		var id = request.getId();
		var week = request.getWeekStart();
		if (id == null) {
			request.setPriority(Priority.CONTRACTED);
			// without a week, validation says the week is missing
			request.setCode(week == null ? "" : freeCode(memberId, week));
		} else {
			var stored = requireOwn(memberId, get(id));
			refuseIfPublished(stored.getWeekStart());
			request.setCode(stored.getCode());
			request.setPriority(stored.getPriority());
		}
		validate(request);
		refuseIfOver(week);
		refuseIfPublished(week);
		return store(request);
	}

	/**
	 * Withdraws a member's request of a week not published. A draft plan of the week drops the request's shifts
	 * ({@link RequestWithdrawn}): until publication the member need not wait for the coordinator.
	 *
	 * @throws AccessDeniedException when the request is another member's
	 * @throws RefusedException {@code request.mine.published} when its week is published; nothing is deleted
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public void withdraw(long memberId, long id) {
		var stored = requireOwn(memberId, get(id));
		refuseIfPublished(stored.getWeekStart());
		events.publishEvent(new RequestWithdrawn(id));
		ReferenceCheck.refuseIfReferenced(stored, checks);
		requests.delete(stored);
	}

	/** The member's recurring requests, in the order they were made. */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public List<RecurringRequest> findRecurringOfMember(long memberId) {
		return recurringRequests.findByMemberIdOrderById(memberId);
	}

	/** @throws AccessDeniedException when the recurring request is another member's */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public RecurringRequest getRecurringOfMember(long memberId, long id) {
		return requireOwn(memberId, getRecurring(id));
	}

	/**
	 * Stores a member's recurring request, new or changed, with the coordinator's priority. It runs on weeks not over:
	 * its last day is not in a week before the current one. The weeks it already produced keep their requests.
	 *
	 * @throws AccessDeniedException when the recurring request (as stored), its member or its site is another member's
	 * @throws ConstraintViolationException naming what is wrong (a last day before the first...)
	 * @throws RefusedException {@code request.recurring.lastDay.past} when its last day is in a week over
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public RecurringRequest saveRecurringOfMember(long memberId, RecurringRequest recurring) {
		requireOwnTerms(memberId, recurring);
		var id = recurring.getId();
		recurring.setPriority(id == null ? Priority.CONTRACTED : requireOwn(memberId, getRecurring(id)).getPriority());
		validate(recurring);
		if (isOver(Objects.requireNonNull(recurring.getLastDay())
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))) {
			throw new RefusedException("request.recurring.lastDay.past");
		}
		return recurringRequests.merge(recurring);
	}

	/**
	 * Withdraws a member's recurring request; one that already produced a week's request is refused, as
	 * {@link #deleteRecurring} does.
	 *
	 * @throws AccessDeniedException when the recurring request is another member's
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public void withdrawRecurring(long memberId, long id) {
		deleteRecurring(requireOwn(memberId, getRecurring(id)));
	}

	/** Whether members hold the week as published: its requests change only through {@link #askChange}. */
	@PreAuthorize(Access.AUTHENTICATED)
	public boolean isPublished(LocalDate weekStart) {
		return publishedWeeks.isPublished(weekStart);
	}

	/**
	 * Records what a member asks the coordinator to change in a published week: about one of its requests (changed or
	 * withdrawn), or a new need when {@code requestId} is null. Open until the coordinator marks it handled.
	 *
	 * @param weekStart the week of a new need; a request's own week otherwise
	 * @param proposal the terms the member proposes, as its form summarised them, or null
	 * @throws AccessDeniedException when the request is another member's
	 * @throws ConstraintViolationException when the message is blank or a text too long
	 * @throws RefusedException {@code request.change.notPublished} when the week is not published (the member changes
	 *         its request itself), {@code request.form.weekStart.past} when it is over; nothing is stored
	 */
	@Transactional
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public ChangeRequest askChange(long memberId, LocalDate weekStart, @Nullable Long requestId, String message,
			@Nullable String proposal) {
		var request = requestId == null ? null : requireOwn(memberId, get(requestId));
		var week = request == null ? weekStart : request.getWeekStart();
		refuseIfOver(week);
		if (!isPublished(week)) {
			throw new RefusedException("request.change.notPublished");
		}
		var member = requests.getMemberReference(memberId);
		var change = new ChangeRequest(member, week, request, message.strip(),
				proposal == null || proposal.isBlank() ? null : proposal.strip(), currentUser.username().orElseThrow(),
				LocalDateTime.now(clock));
		validate(change);
		return changeRequests.save(change);
	}

	/** The changes members asked in the week, open and handled, in the order they were asked. */
	@Transactional(readOnly = true)
	public List<ChangeRequest> findChangeRequests(LocalDate weekStart) {
		return changeRequests.findByWeekStartOrderById(weekStart);
	}

	/** The changes the member asked in the weeks from {@code firstWeek} to {@code lastWeek}, by week. */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public List<ChangeRequest> findChangeRequestsOfMember(long memberId, LocalDate firstWeek, LocalDate lastWeek) {
		return changeRequests.findByMemberIdAndWeekStartBetweenOrderByWeekStartAscIdAsc(memberId, firstWeek, lastWeek);
	}

	/** The coordinator has dealt with the ask: records who and when. */
	@Transactional
	public ChangeRequest markHandled(long changeRequestId) {
		var change = changeRequests.findById(changeRequestId)
				.orElseThrow(() -> new NoSuchElementException("change request " + changeRequestId));
		change.handled(currentUser.username().orElseThrow(), LocalDateTime.now(clock));
		return change;
	}

	private <T extends RequestTerms> T requireOwn(long memberId, T stored) {
		if (!isOf(memberId, stored.getMember())) {
			throw new AccessDeniedException("request " + stored.getId() + " is not member " + memberId + "'s");
		}
		return stored;
	}

	/** The member named and the site's owner as stored, whatever the site object passed in says. */
	private void requireOwnTerms(long memberId, RequestTerms terms) {
		var member = terms.getMember();
		var site = terms.getSite();
		if (member != null && !isOf(memberId, member)
				|| site != null && !Objects.equals(requests.ownerOfSite(site.getId()), memberId)) {
			throw new AccessDeniedException("member " + memberId + " asks for another member or their site");
		}
	}

	private static boolean isOf(long memberId, @Nullable Member member) {
		return member != null && Objects.equals(member.getId(), memberId);
	}

	// the first M<memberId>-<n> the week has not given yet
	private String freeCode(long memberId, LocalDate week) {
		for (var n = 1;; n++) {
			var code = "M" + memberId + "-" + n;
			if (!requests.existsByWeekStartAndCode(week, code)) {
				return code;
			}
		}
	}

	private void validate(Object entity) {
		var violations = validator.validate(entity);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
	}

	private void refuseIfPublished(@Nullable LocalDate weekStart) {
		if (weekStart != null && isPublished(weekStart)) {
			throw new RefusedException("request.mine.published");
		}
	}

	/** Whether the week is over: it is before the week under way by the clock. */
	@PreAuthorize(Access.AUTHENTICATED)
	public boolean isOver(LocalDate weekStart) {
		return weekStart.isBefore(LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	private void refuseIfOver(@Nullable LocalDate weekStart) {
		if (weekStart != null && isOver(weekStart)) {
			throw new RefusedException("request.form.weekStart.past");
		}
	}

	private ZoneId zone() {
		return ZoneId.of(settings.get().getTimeZone());
	}

}
