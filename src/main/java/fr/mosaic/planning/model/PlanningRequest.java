package fr.mosaic.planning.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.mosaic.interchange.AllowedStarts;

/** A member's request for the week: {@code count} shifts of one duration, skill and site, inside its windows. */
public class PlanningRequest extends PlanningFact {

	private final PlanningMember member;

	private final PlanningSite site;

	private final String skill;

	private final int durationMinutes;

	private final boolean distinctDays;

	private final boolean extra;

	private List<Integer> allowedStarts;

	// Starts a stored plan gave this request's shifts that its windows no longer allow: kept so the plan can be read
	// and its breach scored, never offered by the solver for a request it plans afresh.
	private Set<Integer> startsOutsideWindows = Set.of();

	private final WeekCalendar calendar;

	// Set once by the mapper; the solver only offers these workers to the request's shifts.
	private List<PlanningWorker> eligibleWorkers = List.of();

	/**
	 * @param windows the windows as elapsed-minute intervals of {@code calendar}'s week
	 * @param startStepMinutes elapsed minutes between allowed starts, counted from each window's start
	 */
	public PlanningRequest(String id, PlanningMember member, PlanningSite site, String skill, int durationMinutes,
			List<MinuteInterval> windows, int startStepMinutes, boolean distinctDays, boolean extra,
			WeekCalendar calendar) {
		super(id);
		this.calendar = calendar;
		this.member = member;
		this.site = site;
		this.skill = skill;
		this.durationMinutes = durationMinutes;
		this.distinctDays = distinctDays;
		this.extra = extra;
		this.allowedStarts = allowedStarts(windows, durationMinutes, startStepMinutes);
	}

	private static List<Integer> allowedStarts(List<MinuteInterval> windows, int duration, int step) {
		TreeSet<Integer> starts = new TreeSet<>();
		for (MinuteInterval window : windows) {
			AllowedStarts.inWindow(window.start(), window.end(), duration, step).forEach(starts::add);
		}
		return List.copyOf(starts);
	}

	public PlanningMember getMember() {
		return member;
	}

	public PlanningSite getSite() {
		return site;
	}

	public String getSkill() {
		return skill;
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public boolean isDistinctDays() {
		return distinctDays;
	}

	public boolean isExtra() {
		return extra;
	}

	/** The week the request's minutes are counted in. */
	public WeekCalendar getCalendar() {
		return calendar;
	}

	/**
	 * Lets a shift of this request keep a start its windows and step do not allow, as a stored plan may after the
	 * request was changed: the start joins the value range and the hard rule {@code startInsideWindows} counts it.
	 */
	public void admitStartOutsideWindows(int start) {
		if (allowedStarts.contains(start)) {
			return;
		}
		TreeSet<Integer> starts = new TreeSet<>(allowedStarts);
		starts.add(start);
		allowedStarts = List.copyOf(starts);
		Set<Integer> outside = new HashSet<>(startsOutsideWindows);
		outside.add(start);
		startsOutsideWindows = Set.copyOf(outside);
	}

	/** Whether a start lies outside the request's windows and step (only after {@link #admitStartOutsideWindows}). */
	public boolean isOutsideWindows(int start) {
		return startsOutsideWindows.contains(start);
	}

	/** Sorted starts, in elapsed minutes, the windows and step allow; empty when no window is long enough. */
	public List<Integer> getAllowedStarts() {
		return allowedStarts;
	}

	/**
	 * Workers the shifts of this request may go to: the skill, neither side excluding the other and free for at least
	 * one allowed start, plus any worker pinned to one of its shifts. Other workers would break a hard rule whatever
	 * else happens, so the solver never tries them.
	 */
	public List<PlanningWorker> getEligibleWorkers() {
		return eligibleWorkers;
	}

	public void setEligibleWorkers(List<PlanningWorker> eligibleWorkers) {
		this.eligibleWorkers = List.copyOf(eligibleWorkers);
	}

}
