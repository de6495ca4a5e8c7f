package fr.mosaic.planning.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One ISO week to plan: its facts, its shifts, the weights of its rules and its score. */
@PlanningSolution
public class WeekPlanSolution {

	private WeekCalendar calendar;

	@ProblemFactCollectionProperty
	private List<PlanningSite> sites;

	@ProblemFactCollectionProperty
	private List<PlanningMember> members;

	@ProblemFactCollectionProperty
	private List<PlanningWorker> workers;

	@ProblemFactCollectionProperty
	private List<PlanningRequest> requests;

	@PlanningEntityCollectionProperty
	private List<ShiftAssignment> shifts;

	private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

	@PlanningScore
	private @Nullable HardMediumSoftLongScore score;

	// The solver clones solutions through this constructor.
	WeekPlanSolution() {
		this(WeekCalendar.of(LocalDate.EPOCH, ZoneOffset.UTC), List.of(), List.of(), List.of(), List.of(), List.of(),
				ConstraintWeightOverrides.none());
	}

	public WeekPlanSolution(WeekCalendar calendar, List<PlanningSite> sites, List<PlanningMember> members,
			List<PlanningWorker> workers, List<PlanningRequest> requests, List<ShiftAssignment> shifts,
			ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
		this.calendar = calendar;
		this.sites = sites;
		this.members = members;
		this.workers = workers;
		this.requests = requests;
		this.shifts = shifts;
		this.constraintWeightOverrides = constraintWeightOverrides;
	}

	public LocalDate getWeekStart() {
		return calendar.weekStart();
	}

	/** The week on the group's clock: elapsed minutes, days and the times they stand for. */
	public WeekCalendar getCalendar() {
		return calendar;
	}

	public List<PlanningSite> getSites() {
		return sites;
	}

	public List<PlanningMember> getMembers() {
		return members;
	}

	public List<PlanningWorker> getWorkers() {
		return workers;
	}

	public List<PlanningRequest> getRequests() {
		return requests;
	}

	/** Shifts in request, then index order. */
	public List<ShiftAssignment> getShifts() {
		return shifts;
	}

	public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
		return constraintWeightOverrides;
	}

	public void setConstraintWeightOverrides(
			ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
		this.constraintWeightOverrides = constraintWeightOverrides;
	}

	public @Nullable HardMediumSoftLongScore getScore() {
		return score;
	}

	public void setScore(@Nullable HardMediumSoftLongScore score) {
		this.score = score;
	}

}
