package fr.mosaic.weekplan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.mosaic.base.RefusedException;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.request.RequestWindow;
import fr.mosaic.security.Access;
import fr.mosaic.worker.Worker;

@PreAuthorize(Access.COORDINATORS)
@Service
public class WeekPlanService {

	private final WeekPlanRepository plans;

	private final WorkHistoryRepository history;

	private final PlannedShiftRepository shifts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecurityContextHolderStrategy securityContexts;

	/** @param securityContexts where method security finds the caller: the publisher is taken from it */
	WeekPlanService(WeekPlanRepository plans, WorkHistoryRepository history, PlannedShiftRepository shifts,
			ApplicationEventPublisher events, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
		this.plans = plans;
		this.history = history;
		this.shifts = shifts;
		this.events = events;
		this.clock = clock;
		this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** The week's plan with its shifts, if one was made or imported. */
	@Transactional(readOnly = true)
	public Optional<WeekPlan> findByWeek(LocalDate weekStart) {
		return plans.findWithShiftsByWeekStart(weekStart);
	}

	/**
	 * Stores a draft plan for the week, replacing the previous draft. A published week is not overwritten. In a
	 * reopened week each shift keeps the baseline of the shift it replaces, and an overridden assignment kept the same
	 * stays overridden.
	 */
	@Transactional
	public WeekPlan saveDraft(LocalDate weekStart, Collection<PlannedShift> shifts, @Nullable String score,
			boolean feasible) {
		var plan = plans.findByWeekStart(weekStart).orElseGet(() -> new WeekPlan(weekStart));
		requireDraft(plan);
		var previous = List.copyOf(plan.getShifts());
		shifts.forEach(shift -> previous.stream().filter(shift::sameShiftAs).findFirst().ifPresent(shift::carryOver));
		return replaceShifts(plan, shifts, score, feasible);
	}

	private WeekPlan replaceShifts(WeekPlan plan, Collection<PlannedShift> shifts, @Nullable String score,
			boolean feasible) {
		if (!plan.getShifts().isEmpty()) {
			// Hibernate inserts before it deletes orphans: remove the old shifts first or the unique key trips.
			plan.replaceShifts(List.of(), null, false);
			plans.saveAndFlush(plan);
		}
		plan.replaceShifts(shifts, score, feasible);
		return plans.save(plan);
	}

	/**
	 * Publishes the week's plan to members and workers, and announces it as {@link WeekPlanPublished} (with the plan a
	 * reopened week had been published with). Only a feasible plan is published: one that breaks a hard rule stays a
	 * draft. Records the caller's login and the clock's time.
	 *
	 * @throws RefusedException {@code weekplan.publish.infeasible} when the plan is not feasible
	 * @throws IllegalStateException when the week has no plan
	 */
	@Transactional
	public WeekPlan publish(LocalDate weekStart) {
		var plan = plans.findByWeekStart(weekStart).orElseThrow(() -> new IllegalStateException("no plan"));
		if (!plan.isFeasible()) {
			throw new RefusedException("weekplan.publish.infeasible", weekStart);
		}
		// method security let the caller in: there is a login
		var publisher = Objects.requireNonNull(securityContexts.getContext().getAuthentication(), "login");
		var replaced = publishedAssignments(plan);
		plan.published(publisher.getName(), LocalDateTime.now(clock));
		events.publishEvent(new WeekPlanPublished(weekStart, replaced));
		return plan;
	}

	/**
	 * Reopens a published week for correction: it becomes a draft again whose shifts keep the worker and start they
	 * were published with, so that re-planning it after a change keeps them wherever it can. Who published it and when
	 * stay recorded until it is published again.
	 *
	 * @throws IllegalStateException when the week has no plan, or its plan is not published
	 */
	@Transactional
	public WeekPlan reopen(LocalDate weekStart) {
		var plan = plans.findWithShiftsByWeekStart(weekStart).orElseThrow(() -> new IllegalStateException("no plan"));
		if (plan.getState() != WeekPlanState.PUBLISHED) {
			throw new IllegalStateException("week " + weekStart + " is not published");
		}
		plan.reopen();
		return plan;
	}

	/**
	 * Discards the week's draft plan. A draft never published is deleted, so that the week's requests are held by no
	 * plan and can be deleted again. A reopened week drops its corrections instead: it is published again as it was,
	 * with the shifts, score, publisher and time it was published with, and announced as {@link WeekPlanPublished} (a
	 * solve of its corrections stops). The week's work history stays.
	 *
	 * @throws PublishedWeekException when the week is published
	 */
	@Transactional
	public void discardDraft(LocalDate weekStart) {
		plans.findWithShiftsByWeekStart(weekStart).ifPresent(plan -> {
			requireDraft(plan);
			if (plan.isReopened()) {
				var replaced = publishedAssignments(plan);
				// only a feasible plan is ever published
				replaceShifts(plan, plan.publishedShifts(), plan.publishedScore(), true);
				plan.republishedAsItWas();
				events.publishEvent(new WeekPlanPublished(weekStart, replaced));
				return;
			}
			plans.delete(plan);
			plans.flush();
		});
	}

	/**
	 * Pins a covered shift of the week's draft, so that solving again keeps its worker and start, or unpins it.
	 *
	 * @param requestCode the request's id in the interchange format
	 * @throws RefusedException {@code weekplan.pin.uncovered} when the shift to pin has no worker
	 * @throws PublishedWeekException when the week is published
	 * @throws IllegalArgumentException when the week has no plan or no such shift
	 */
	@Transactional
	public void pin(LocalDate weekStart, String requestCode, int index, boolean pinned) {
		var plan = plans.findWithShiftsByWeekStart(weekStart)
				.orElseThrow(() -> new IllegalArgumentException("no plan for " + weekStart));
		requireDraft(plan);
		var shift = plan.getShifts().stream()
				.filter(s -> s.getRequest().getCode().equals(requestCode) && s.getIndex() == index).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no shift " + requestCode + "#" + index));
		if (pinned && shift.getWorker() == null) {
			throw new RefusedException("weekplan.pin.uncovered");
		}
		shift.setPinned(pinned);
	}

	/** The Mondays of the published weeks in which the worker holds a shift, in order. */
	@Transactional(readOnly = true)
	public List<LocalDate> publishedWeeksOf(Worker worker) {
		return shifts.findPublishedWeeksOf(worker);
	}

	/**
	 * The worker's shifts of the week as members and workers know it, by start: a published week's, or a reopened
	 * week's as it was published (its corrections are the coordinator's draft); none in a week never published.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public List<PlannedShift> publishedShiftsOf(long workerId, LocalDate weekStart) {
		return publishedShifts(plans.findWithShiftsByWeekStart(weekStart).stream(), worker(workerId));
	}

	/**
	 * The worker's shifts as members and workers know them, as {@link #publishedShiftsOf(long, LocalDate)} says, of the
	 * weeks from one Monday to another, both included, by start: what the worker's calendar feed holds.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public List<PlannedShift> publishedShiftsOf(long workerId, LocalDate firstWeek, LocalDate lastWeek) {
		return publishedShifts(plans.findWithShiftsByWeekStartBetweenOrderByWeekStart(firstWeek, lastWeek).stream(),
				worker(workerId));
	}

	/**
	 * The covered shifts at the member's sites in the week as members and workers know it, by start, as
	 * {@link #publishedShiftsOf} reads a worker's: none in a week never published.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public List<PlannedShift> publishedShiftsOfMember(long memberId, LocalDate weekStart) {
		return publishedShifts(plans.findWithShiftsByWeekStart(weekStart).stream(),
				member(memberId).and(shift -> shift.getWorker() != null));
	}

	/**
	 * The member's shifts of the week as members and workers know it, covered or not: what it asked for and what it
	 * got. A covered shift comes at its start, an uncovered one (no worker, no start) at its request's first window.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public List<PlannedShift> publishedScheduleOfMember(long memberId, LocalDate weekStart) {
		return publishedShifts(plans.findWithShiftsByWeekStart(weekStart).stream(), member(memberId));
	}

	/**
	 * The worker's published shifts (as {@link #publishedShiftsOf(long, LocalDate)} reads them) that overlap the
	 * period, by start: what stays planned over an unavailability until the coordinator changes it.
	 *
	 * @param start the period's wall-clock start, included
	 * @param end the period's wall-clock end, excluded
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public List<PlannedShift> publishedShiftsOverlapping(long workerId, LocalDateTime start, LocalDateTime end) {
		return publishedShiftsOf(workerId, mondayOf(start.toLocalDate()), mondayOf(end.toLocalDate())).stream()
				.filter(shift -> Objects.requireNonNull(shift.getStart()).isBefore(end)
						&& Objects.requireNonNull(shift.getEnd()).isAfter(start))
				.toList();
	}

	/**
	 * The Monday of the first week from {@code weekStart} on that members and workers know as published (a reopened
	 * week included), if any: where their screens open when the week under way is not published.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.AUTHENTICATED)
	public Optional<LocalDate> firstPublishedWeekFrom(LocalDate weekStart) {
		return plans.findFirstByWeekStartGreaterThanEqualAndPublishedAtNotNullOrderByWeekStart(weekStart)
				.map(WeekPlan::getWeekStart);
	}

	private static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static Predicate<PlannedShift> member(long memberId) {
		return shift -> Objects.equals(Objects.requireNonNull(shift.getRequest().getMember()).getId(), memberId);
	}

	private static Predicate<PlannedShift> worker(long workerId) {
		return shift -> shift.getWorker() != null && Objects.equals(shift.getWorker().getId(), workerId);
	}

	private static List<PlannedShift> publishedShifts(Stream<WeekPlan> weeks, Predicate<PlannedShift> filter) {
		return weeks.flatMap(plan -> switch (plan.getState()) {
			case PUBLISHED -> plan.getShifts().stream();
			case DRAFT -> plan.isReopened() ? plan.publishedShifts().stream() : Stream.<PlannedShift>empty();
		}).filter(filter).sorted(Comparator.comparing(WeekPlanService::when)).toList();
	}

	/**
	 * A covered shift's start, or an uncovered one's earliest: its request's first window's start. Reading the windows
	 * here also loads them for the screens, which read them after the transaction.
	 */
	private static LocalDateTime when(PlannedShift shift) {
		var start = shift.getStart();
		return start != null
				? start
				: shift.getRequest().getWindows().stream().map(RequestWindow::start).min(Comparator.naturalOrder())
						.orElse(LocalDateTime.MAX);
	}

	@Transactional(readOnly = true)
	public boolean isPublished(LocalDate weekStart) {
		return plans.findByWeekStart(weekStart).map(p -> p.getState() == WeekPlanState.PUBLISHED).orElse(false);
	}

	/** Removes the week's draft plan and history so the week can be imported again. */
	@Transactional
	public void deleteWeek(LocalDate weekStart) {
		plans.findByWeekStart(weekStart).ifPresent(plan -> {
			requireDraft(plan);
			plans.delete(plan);
		});
		history.deleteAll(history.findByWeekStartOrderById(weekStart));
		plans.flush();
	}

	@Transactional(readOnly = true)
	public List<WorkHistory> findHistory(LocalDate weekStart) {
		return history.findByWeekStartOrderById(weekStart);
	}

	@Transactional
	public void addHistory(Collection<WorkHistory> entries) {
		history.saveAll(entries);
	}

	/** A reopened week's assignments as published, shifts the corrections dropped included; null for another week. */
	private static @Nullable List<PlanDocument.Shift> publishedAssignments(WeekPlan plan) {
		return plan.isReopened() ? plan.publishedShifts().stream().map(PlanStore::assignment).toList() : null;
	}

	private static void requireDraft(WeekPlan plan) {
		if (plan.getState() == WeekPlanState.PUBLISHED) {
			throw new PublishedWeekException(plan.getWeekStart());
		}
	}

	/** A published week is what members and workers rely on: it is not replaced behind their backs. */
	public static final class PublishedWeekException extends IllegalStateException {

		private final LocalDate weekStart;

		PublishedWeekException(LocalDate weekStart) {
			super("week " + weekStart + " is published");
			this.weekStart = weekStart;
		}

		public LocalDate weekStart() {
			return weekStart;
		}

	}

}
