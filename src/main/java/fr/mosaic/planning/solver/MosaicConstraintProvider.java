package fr.mosaic.planning.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSet;
import static fr.mosaic.planning.solver.ConstraintWeights.AT_MOST_SIX_WORKING_DAYS;
import static fr.mosaic.planning.solver.ConstraintWeights.AVAILABILITY;
import static fr.mosaic.planning.solver.ConstraintWeights.BREAK_AFTER_6_HOURS;
import static fr.mosaic.planning.solver.ConstraintWeights.CHANGE_FROM_PUBLISHED;
import static fr.mosaic.planning.solver.ConstraintWeights.CONSOLIDATE_TO_CONTRACT_HOURS;
import static fr.mosaic.planning.solver.ConstraintWeights.CONTINUITY_WITH_HISTORY;
import static fr.mosaic.planning.solver.ConstraintWeights.CONTRACTED_UNCOVERED_FACTOR;
import static fr.mosaic.planning.solver.ConstraintWeights.DAILY_WORK_OF_10_HOURS;
import static fr.mosaic.planning.solver.ConstraintWeights.DISTINCT_DAYS;
import static fr.mosaic.planning.solver.ConstraintWeights.DUTY_PERIOD_OF_13_HOURS;
import static fr.mosaic.planning.solver.ConstraintWeights.EMPLOYERS_PER_WORKER_PER_DAY;
import static fr.mosaic.planning.solver.ConstraintWeights.FAIR_UNCOVERED_MINUTES_BETWEEN_MEMBERS;
import static fr.mosaic.planning.solver.ConstraintWeights.IDLE_GAPS;
import static fr.mosaic.planning.solver.ConstraintWeights.MEMBER_IN_CONTRACT;
import static fr.mosaic.planning.solver.ConstraintWeights.MEMBER_LEFT_WITH_NOTHING;
import static fr.mosaic.planning.solver.ConstraintWeights.MUTUAL_EXCLUSION;
import static fr.mosaic.planning.solver.ConstraintWeights.NO_OVERLAP_INCLUDING_TRAVEL;
import static fr.mosaic.planning.solver.ConstraintWeights.OVERTIME_ABOVE_CONTRACT;
import static fr.mosaic.planning.solver.ConstraintWeights.PART_TIME_INTERRUPTION;
import static fr.mosaic.planning.solver.ConstraintWeights.PLACE_OF_WORK_IN_CONTRACT;
import static fr.mosaic.planning.solver.ConstraintWeights.PREFERRED_MEMBERS;
import static fr.mosaic.planning.solver.ConstraintWeights.REQUIRED_SKILL;
import static fr.mosaic.planning.solver.ConstraintWeights.SAME_WORKER_WITHIN_REQUEST;
import static fr.mosaic.planning.solver.ConstraintWeights.START_INSIDE_WINDOWS;
import static fr.mosaic.planning.solver.ConstraintWeights.TRAVEL_TIME;
import static fr.mosaic.planning.solver.ConstraintWeights.UNCOVERED_MINUTES;
import static fr.mosaic.planning.solver.ConstraintWeights.WEEKLY_MAXIMUM;
import static fr.mosaic.planning.solver.ConstraintWeights.WEEKLY_REST_OF_35_HOURS;
import static fr.mosaic.planning.solver.ConstraintWeights.defaultWeight;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.quad.QuadConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import fr.mosaic.base.LabourLaw;
import fr.mosaic.planning.model.PlanningMember;
import fr.mosaic.planning.model.PlanningWorker;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.solver.justification.AvailabilityJustification;
import fr.mosaic.planning.solver.justification.BreakJustification;
import fr.mosaic.planning.solver.justification.ChangeFromPublishedJustification;
import fr.mosaic.planning.solver.justification.ConsolidationJustification;
import fr.mosaic.planning.solver.justification.ContinuityJustification;
import fr.mosaic.planning.solver.justification.DailyWorkJustification;
import fr.mosaic.planning.solver.justification.DistinctDaysJustification;
import fr.mosaic.planning.solver.justification.DutyPeriodJustification;
import fr.mosaic.planning.solver.justification.EmployersPerDayJustification;
import fr.mosaic.planning.solver.justification.FairnessJustification;
import fr.mosaic.planning.solver.justification.IdleGapJustification;
import fr.mosaic.planning.solver.justification.MemberLeftWithNothingJustification;
import fr.mosaic.planning.solver.justification.MutualExclusionJustification;
import fr.mosaic.planning.solver.justification.OutsideContractJustification;
import fr.mosaic.planning.solver.justification.OutsideContractPlaceJustification;
import fr.mosaic.planning.solver.justification.OverlapJustification;
import fr.mosaic.planning.solver.justification.OvertimeJustification;
import fr.mosaic.planning.solver.justification.PartTimeInterruptionJustification;
import fr.mosaic.planning.solver.justification.PreferredMembersJustification;
import fr.mosaic.planning.solver.justification.RequiredSkillJustification;
import fr.mosaic.planning.solver.justification.SameWorkerJustification;
import fr.mosaic.planning.solver.justification.StartInsideWindowsJustification;
import fr.mosaic.planning.solver.justification.TravelJustification;
import fr.mosaic.planning.solver.justification.UncoveredMinutesJustification;
import fr.mosaic.planning.solver.justification.WeeklyMaximumJustification;
import fr.mosaic.planning.solver.justification.WeeklyRestJustification;
import fr.mosaic.planning.solver.justification.WorkingDaysJustification;

/** The planning rules of {@code docs/spec/interchange.md}, hard, then medium, then soft. */
public class MosaicConstraintProvider implements ConstraintProvider {

	// Shared function instances let the rules built on a worker's week share one groupBy node.
	private static final Function<ShiftAssignment, PlanningWorker> WORKER = ShiftAssignment::getWorker;

	private static final BiFunction<PlanningWorker, List<ShiftAssignment>, PlanningWorker> KEEP_WORKER = (worker,
			shifts) -> worker;

	private static final BiFunction<PlanningWorker, List<ShiftAssignment>, WorkerWeek> TO_WEEK = WorkerWeek::of;

	private static final Function<PlanningWorker, WorkerWeek> EMPTY_WEEK = worker -> WorkerWeek.ofSlots(worker,
			List.of());

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] {
				// Hard: the law and the physical world.
				requiredSkill(factory), mutualExclusion(factory), memberInContract(factory),
				placeOfWorkInContract(factory), availability(factory), noOverlapIncludingTravel(factory),
				dailyWorkOf10Hours(factory), weeklyMaximum(factory), dutyPeriodOf13Hours(factory),
				weeklyRestOf35Hours(factory), atMostSixWorkingDays(factory), breakAfter6Hours(factory),
				partTimeInterruption(factory), distinctDays(factory), startInsideWindows(factory),
				// Medium: cover what members asked for, share the shortage fairly, keep what a reopened week was
				// published with.
				uncoveredMinutes(factory), memberLeftWithNothing(factory), fairUncoveredMinutesBetweenMembers(factory),
				changeFromPublished(factory),
				// Soft: consolidation, continuity, comfort, preferences.
				consolidateToContractHours(factory), overtimeAboveContract(factory), continuityWithHistory(factory),
				sameWorkerWithinRequest(factory), employersPerWorkerPerDay(factory), idleGaps(factory),
				travelTime(factory), preferredMembers(factory) };
	}

	private static UniConstraintStream<ShiftAssignment> assignedShifts(ConstraintFactory factory) {
		return factory.forEach(ShiftAssignment.class).filter(ShiftAssignment::isAssigned);
	}

	private static BiConstraintStream<PlanningWorker, WorkerWeek> workerWeeks(ConstraintFactory factory) {
		return assignedShifts(factory).groupBy(WORKER, toList()).map(KEEP_WORKER, TO_WEEK);
	}

	private static PlanningWorker worker(ShiftAssignment shift) {
		return Objects.requireNonNull(shift.getWorker());
	}

	// ---- Hard ----

	// The worker has the request's skill.
	Constraint requiredSkill(ConstraintFactory factory) {
		return assignedShifts(factory).filter(shift -> !worker(shift).hasSkill(shift.getRequest().getSkill()))
				.penalizeLong(defaultWeight(REQUIRED_SKILL), ShiftAssignment::getDurationMinutes)
				.justifyWith((shift, score) -> new RequiredSkillJustification(worker(shift).getId(),
						shift.getMember().getId(), shift.getId(), shift.startDay(), shift.getDurationMinutes(),
						shift.getRequest().getSkill()))
				.asConstraint(REQUIRED_SKILL);
	}

	// Neither the member excludes the worker nor the worker the member.
	Constraint mutualExclusion(ConstraintFactory factory) {
		return assignedShifts(factory)
				.filter(shift -> shift.getMember().excludes(worker(shift)) || worker(shift).excludes(shift.getMember()))
				.penalizeLong(defaultWeight(MUTUAL_EXCLUSION), ShiftAssignment::getDurationMinutes)
				.justifyWith((shift, score) -> new MutualExclusionJustification(worker(shift).getId(),
						shift.getMember().getId(), shift.getId(), shift.startDay(), shift.getDurationMinutes(),
						shift.getMember().excludes(worker(shift))))
				.asConstraint(MUTUAL_EXCLUSION);
	}

	// The worker serves only the members their written contract names, when it names some (Code du travail L1253-9).
	Constraint memberInContract(ConstraintFactory factory) {
		return assignedShifts(factory).filter(shift -> !worker(shift).contractAllows(shift.getMember()))
				.penalizeLong(defaultWeight(MEMBER_IN_CONTRACT), ShiftAssignment::getDurationMinutes)
				.justifyWith((shift, score) -> new OutsideContractJustification(worker(shift).getId(),
						shift.getMember().getId(), shift.getId(), shift.startDay(), shift.getDurationMinutes()))
				.asConstraint(MEMBER_IN_CONTRACT);
	}

	// The worker works only at the places of work their written contract names, when it names some (L1253-9).
	Constraint placeOfWorkInContract(ConstraintFactory factory) {
		return assignedShifts(factory).filter(shift -> !worker(shift).contractAllowsSite(shift.getSite()))
				.penalizeLong(defaultWeight(PLACE_OF_WORK_IN_CONTRACT), ShiftAssignment::getDurationMinutes)
				.justifyWith((shift, score) -> new OutsideContractPlaceJustification(worker(shift).getId(),
						shift.getMember().getId(), shift.getSite().getId(), shift.getId(), shift.startDay(),
						shift.getDurationMinutes()))
				.asConstraint(PLACE_OF_WORK_IN_CONTRACT);
	}

	// The shift lies inside the worker's weekly availability and outside their unavailability.
	Constraint availability(ConstraintFactory factory) {
		return assignedShifts(factory).filter(shift -> unavailableMinutes(shift) > 0)
				.penalizeLong(defaultWeight(AVAILABILITY), MosaicConstraintProvider::unavailableMinutes)
				.justifyWith((shift, score) -> new AvailabilityJustification(worker(shift).getId(),
						shift.getMember().getId(), shift.getId(), shift.startDay(), unavailableMinutes(shift)))
				.asConstraint(AVAILABILITY);
	}

	private static int unavailableMinutes(ShiftAssignment shift) {
		return worker(shift).unavailableMinutes(shift.startMinute(), shift.endMinute());
	}

	// No two shifts overlap, travel between sites included (travel is working time, Cass. soc. 5 Nov 2003).
	Constraint noOverlapIncludingTravel(ConstraintFactory factory) {
		return workerWeeks(factory).flattenLast(WorkerWeek::overlaps)
				.penalizeLong(defaultWeight(NO_OVERLAP_INCLUDING_TRAVEL), (worker, breach) -> breach.minutes())
				.justifyWith((worker, breach, score) -> new OverlapJustification(worker.getId(), breach.day(),
						breach.shiftIds(), breach.minutes()))
				.asConstraint(NO_OVERLAP_INCLUDING_TRAVEL);
	}

	// At most 10 h of work per calendar day, travel between sites included (L3121-18).
	Constraint dailyWorkOf10Hours(ConstraintFactory factory) {
		return workerWeeks(factory).flattenLast(WorkerWeek::dailyWorkExcess)
				.penalizeLong(defaultWeight(DAILY_WORK_OF_10_HOURS), (worker, breach) -> breach.minutes())
				.justifyWith((worker, breach, score) -> new DailyWorkJustification(worker.getId(), breach.day(),
						breach.shiftIds(), breach.minutes()))
				.asConstraint(DAILY_WORK_OF_10_HOURS);
	}

	// At most 48 h of work a week and never above the worker's maximum (L3121-20).
	Constraint weeklyMaximum(ConstraintFactory factory) {
		return workerWeeks(factory).filter((worker, week) -> week.weeklyExcess() > 0)
				.penalizeLong(defaultWeight(WEEKLY_MAXIMUM), (worker, week) -> week.weeklyExcess())
				.justifyWith((worker, week, score) -> new WeeklyMaximumJustification(worker.getId(), week.workMinutes(),
						Math.min(worker.getMaxMinutes(), LabourLaw.MAX_WEEKLY_WORK_MINUTES), week.weeklyExcess()))
				.asConstraint(WEEKLY_MAXIMUM);
	}

	// 11 h of daily rest split duty periods; each spans at most 13 h (L3131-1).
	Constraint dutyPeriodOf13Hours(ConstraintFactory factory) {
		return workerWeeks(factory).flattenLast(WorkerWeek::dutyPeriodExcess)
				.penalizeLong(defaultWeight(DUTY_PERIOD_OF_13_HOURS), (worker, breach) -> breach.minutes())
				.justifyWith((worker, breach, score) -> new DutyPeriodJustification(worker.getId(), breach.day(),
						breach.shiftIds(), breach.minutes()))
				.asConstraint(DUTY_PERIOD_OF_13_HOURS);
	}

	// 35 consecutive hours of weekly rest, week edges included (L3132-2).
	Constraint weeklyRestOf35Hours(ConstraintFactory factory) {
		return workerWeeks(factory).filter((worker, week) -> week.weeklyRestShortfall() > 0)
				.penalizeLong(defaultWeight(WEEKLY_REST_OF_35_HOURS), (worker, week) -> week.weeklyRestShortfall())
				.justifyWith((worker, week, score) -> new WeeklyRestJustification(worker.getId(),
						week.weeklyRestShortfall()))
				.asConstraint(WEEKLY_REST_OF_35_HOURS);
	}

	// At most 6 working days a week (L3132-1).
	Constraint atMostSixWorkingDays(ConstraintFactory factory) {
		return workerWeeks(factory).filter((worker, week) -> week.workOnExtraDays() > 0)
				.penalizeLong(defaultWeight(AT_MOST_SIX_WORKING_DAYS), (worker, week) -> week.workOnExtraDays())
				.justifyWith(
						(worker, week, score) -> new WorkingDaysJustification(worker.getId(), week.workOnExtraDays()))
				.asConstraint(AT_MOST_SIX_WORKING_DAYS);
	}

	// A 20 min break once 6 h of work run without one; travel is work (L3121-16).
	Constraint breakAfter6Hours(ConstraintFactory factory) {
		return workerWeeks(factory).flattenLast(WorkerWeek::stretchExcess)
				.penalizeLong(defaultWeight(BREAK_AFTER_6_HOURS), (worker, breach) -> breach.minutes())
				.justifyWith((worker, breach, score) -> new BreakJustification(worker.getId(), breach.day(),
						breach.shiftIds(), breach.minutes()))
				.asConstraint(BREAK_AFTER_6_HOURS);
	}

	// Part-time workers: at most one interruption a duty period, of at most 2 h (L3123-30).
	Constraint partTimeInterruption(ConstraintFactory factory) {
		return workerWeeks(factory).flattenLast(WorkerWeek::interruptionExcess)
				.penalizeLong(defaultWeight(PART_TIME_INTERRUPTION), (worker, breach) -> breach.minutes())
				.justifyWith((worker, breach, score) -> new PartTimeInterruptionJustification(worker.getId(),
						breach.day(), breach.shiftIds(), breach.minutes()))
				.asConstraint(PART_TIME_INTERRUPTION);
	}

	// The shifts of a distinct-days request start on different days (the member's request).
	Constraint distinctDays(ConstraintFactory factory) {
		return assignedShifts(factory).filter(shift -> shift.getRequest().isDistinctDays())
				.groupBy(ShiftAssignment::getRequest, ShiftAssignment::startDay, toList())
				.filter((request, day, shifts) -> shifts.size() > 1)
				.penalizeLong(defaultWeight(DISTINCT_DAYS),
						(request, day, shifts) -> (shifts.size() - 1L) * request.getDurationMinutes())
				.justifyWith((request, day, shifts, score) -> new DistinctDaysJustification(request.getId(),
						request.getMember().getId(), day, shifts.stream().map(ShiftAssignment::getId).sorted().toList(),
						(shifts.size() - 1L) * request.getDurationMinutes()))
				.asConstraint(DISTINCT_DAYS);
	}

	// A shift starts where its request's windows and step allow; only a stored plan read after its request changed
	// can break it, the solver never offers such a start.
	Constraint startInsideWindows(ConstraintFactory factory) {
		return assignedShifts(factory)
				.filter(shift -> shift.getRequest().isOutsideWindows(Objects.requireNonNull(shift.getStart())))
				.penalizeLong(defaultWeight(START_INSIDE_WINDOWS), ShiftAssignment::getDurationMinutes)
				.justifyWith((shift, score) -> new StartInsideWindowsJustification(worker(shift).getId(),
						shift.getMember().getId(), shift.getId(), shift.startDay(), shift.getDurationMinutes()))
				.asConstraint(START_INSIDE_WINDOWS);
	}

	// ---- Medium ----

	// Cover requested minutes; contracted requests weigh more than extra ones.
	Constraint uncoveredMinutes(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(ShiftAssignment.class).filter(shift -> shift.getWorker() == null)
				.penalizeLong(defaultWeight(UNCOVERED_MINUTES), MosaicConstraintProvider::weightedMinutes)
				.justifyWith((shift, score) -> new UncoveredMinutesJustification(shift.getMember().getId(),
						shift.getRequest().getId(), shift.getId(), weightedMinutes(shift),
						shift.getRequest().isExtra()))
				.asConstraint(UNCOVERED_MINUTES);
	}

	// A member that asked for hours and got none at all costs a fixed amount on top of fairness: even a member asking
	// for one short shift is then worth giving up a few covered minutes elsewhere (the weight says how many).
	Constraint memberLeftWithNothing(ConstraintFactory factory) {
		return memberShortages(factory).filter((member, requested, uncovered, minutes) -> uncovered.equals(requested))
				.penalizeLong(defaultWeight(MEMBER_LEFT_WITH_NOTHING))
				.justifyWith((member, requested, uncovered, minutes,
						score) -> new MemberLeftWithNothingJustification(member.getId(), minutes))
				.asConstraint(MEMBER_LEFT_WITH_NOTHING);
	}

	// When demand exceeds supply, share the shortage in proportion to what each member asked for, contracted minutes
	// counting double: a member pays half its uncovered minutes times its uncovered share (u²/2r). It weighs with
	// coverage, so a minute covered for a member missing much is worth more than one for a member missing little;
	// as a comfort rule it never outweighed a covered minute, and the worst-served member fared worse than first-fit.
	Constraint fairUncoveredMinutesBetweenMembers(ConstraintFactory factory) {
		return memberShortages(factory).filter((member, requested, uncovered, minutes) -> uncovered > 0)
				.penalizeLong(defaultWeight(FAIR_UNCOVERED_MINUTES_BETWEEN_MEMBERS),
						(member, requested, uncovered, minutes) -> unfairShare(requested, uncovered))
				.justifyWith((member, requested, uncovered, minutes, score) -> new FairnessJustification(
						Map.of(member.getId(), (long) minutes), unfairShare(requested, uncovered)))
				.asConstraint(FAIR_UNCOVERED_MINUTES_BETWEEN_MEMBERS);
	}

	// A reopened week keeps what was published wherever it can: each shift given to another worker, moved, or left
	// uncovered costs its minutes.
	Constraint changeFromPublished(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(ShiftAssignment.class).filter(ShiftAssignment::changedFromPublished)
				.penalizeLong(defaultWeight(CHANGE_FROM_PUBLISHED), ShiftAssignment::getDurationMinutes)
				.justifyWith(
						(shift, score) -> new ChangeFromPublishedJustification(
								Objects.requireNonNull(shift.getPublishedWorker()).getId(), shift.getMember().getId(),
								shift.getId(),
								shift.getRequest().getCalendar().dayOf(
										Objects.requireNonNull(shift.getPublishedStart())),
								shift.getDurationMinutes()))
				.asConstraint(CHANGE_FROM_PUBLISHED);
	}

	// ---- Soft ----

	// Fill each worker's week up to their contracted hours, workers without shifts included.
	Constraint consolidateToContractHours(ConstraintFactory factory) {
		return workerWeeks(factory).complement(PlanningWorker.class, EMPTY_WEEK)
				.filter((worker, week) -> week.workMinutes() < worker.getContractMinutes())
				.penalizeLong(defaultWeight(CONSOLIDATE_TO_CONTRACT_HOURS),
						(worker, week) -> worker.getContractMinutes() - week.workMinutes())
				.justifyWith((worker, week, score) -> new ConsolidationJustification(worker.getId(), week.workMinutes(),
						worker.getContractMinutes(), worker.getContractMinutes() - week.workMinutes()))
				.asConstraint(CONSOLIDATE_TO_CONTRACT_HOURS);
	}

	// Work above the contract costs the group overtime.
	Constraint overtimeAboveContract(ConstraintFactory factory) {
		return workerWeeks(factory).filter((worker, week) -> week.workMinutes() > worker.getContractMinutes())
				.penalizeLong(defaultWeight(OVERTIME_ABOVE_CONTRACT),
						(worker, week) -> week.workMinutes() - worker.getContractMinutes())
				.justifyWith((worker, week, score) -> new OvertimeJustification(worker.getId(), week.workMinutes(),
						worker.getContractMinutes(), week.workMinutes() - worker.getContractMinutes()))
				.asConstraint(OVERTIME_ABOVE_CONTRACT);
	}

	// Per member: requested and uncovered minutes weighted by priority, then uncovered minutes as they are. One stream
	// for both member rules, so they share its groupBy.
	private static QuadConstraintStream<PlanningMember, Integer, Integer, Integer> memberShortages(
			ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(ShiftAssignment.class).groupBy(ShiftAssignment::getMember,
				sum(MosaicConstraintProvider::weightedMinutes),
				sum(shift -> shift.getWorker() == null ? weightedMinutes(shift) : 0),
				sum(shift -> shift.getWorker() == null ? shift.getDurationMinutes() : 0));
	}

	private static int weightedMinutes(ShiftAssignment shift) {
		return shift.getDurationMinutes() * (shift.getRequest().isExtra() ? 1 : CONTRACTED_UNCOVERED_FACTOR);
	}

	private static long unfairShare(int requested, int uncovered) {
		return Math.round((double) uncovered * uncovered / (2 * requested));
	}

	// The same worker for the same member as in recent weeks: wherever the member has had workers, a shift given to
	// someone it has never had costs its minutes.
	Constraint continuityWithHistory(ConstraintFactory factory) {
		return assignedShifts(factory)
				.filter(shift -> shift.getMember().hasHistory() && shift.getMember().historyMinutes(worker(shift)) == 0)
				.penalizeLong(defaultWeight(CONTINUITY_WITH_HISTORY), ShiftAssignment::getDurationMinutes)
				.justifyWith((shift, score) -> new ContinuityJustification(worker(shift).getId(),
						shift.getMember().getId(), shift.getId(), shift.startDay(), shift.getDurationMinutes()))
				.asConstraint(CONTINUITY_WITH_HISTORY);
	}

	// The shifts of one request go to one worker: each further worker costs the request's duration.
	Constraint sameWorkerWithinRequest(ConstraintFactory factory) {
		return assignedShifts(factory).groupBy(ShiftAssignment::getRequest, toSet(WORKER))
				.filter((request, workers) -> workers.size() > 1)
				.penalizeLong(defaultWeight(SAME_WORKER_WITHIN_REQUEST),
						(request, workers) -> (workers.size() - 1L) * request.getDurationMinutes())
				.justifyWith((request, workers, score) -> new SameWorkerJustification(request.getId(),
						request.getMember().getId(), workers.stream().map(PlanningWorker::getId).sorted().toList(),
						(workers.size() - 1L) * request.getDurationMinutes()))
				.asConstraint(SAME_WORKER_WITHIN_REQUEST);
	}

	// Few employers per worker per day: each employer beyond the first counts once.
	Constraint employersPerWorkerPerDay(ConstraintFactory factory) {
		return workerWeeks(factory).flattenLast(WorkerWeek::extraEmployersPerDay)
				.penalizeLong(defaultWeight(EMPLOYERS_PER_WORKER_PER_DAY), (worker, breach) -> breach.minutes())
				.justifyWith((worker, breach, score) -> new EmployersPerDayJustification(worker.getId(), breach.day(),
						breach.shiftIds(), breach.minutes()))
				.asConstraint(EMPLOYERS_PER_WORKER_PER_DAY);
	}

	// Few unpaid idle minutes between the shifts of a duty period (fragmented days drive absenteeism).
	Constraint idleGaps(ConstraintFactory factory) {
		return workerWeeks(factory).flattenLast(WorkerWeek::idleTime)
				.penalizeLong(defaultWeight(IDLE_GAPS), (worker, breach) -> breach.minutes())
				.justifyWith((worker, breach, score) -> new IdleGapJustification(worker.getId(), breach.day(),
						breach.shiftIds(), breach.minutes()))
				.asConstraint(IDLE_GAPS);
	}

	// Little travel between sites within a duty period.
	Constraint travelTime(ConstraintFactory factory) {
		return workerWeeks(factory).filter((worker, week) -> week.travelMinutes() > 0)
				.penalizeLong(defaultWeight(TRAVEL_TIME), (worker, week) -> week.travelMinutes())
				.justifyWith((worker, week, score) -> new TravelJustification(worker.getId(), week.travelMinutes()))
				.asConstraint(TRAVEL_TIME);
	}

	// Workers who list preferred members work for them rather than for others.
	Constraint preferredMembers(ConstraintFactory factory) {
		return assignedShifts(factory)
				.filter(shift -> worker(shift).prefersMembers() && !worker(shift).prefers(shift.getMember()))
				.penalizeLong(defaultWeight(PREFERRED_MEMBERS), ShiftAssignment::getDurationMinutes)
				.justifyWith((shift, score) -> new PreferredMembersJustification(worker(shift).getId(),
						shift.getMember().getId(), shift.getId(), shift.startDay(), shift.getDurationMinutes()))
				.asConstraint(PREFERRED_MEMBERS);
	}

}
