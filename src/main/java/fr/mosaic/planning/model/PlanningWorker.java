package fr.mosaic.planning.model;

import static fr.mosaic.base.LabourLaw.FULL_TIME_WEEKLY_MINUTES;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A worker of the group: contract (hours, and the members it lets them serve), skills, availability, preferences and
 * exclusions.
 */
public class PlanningWorker extends PlanningFact {

	private final int contractMinutes;

	private final int maxMinutes;

	private final boolean partTime;

	private final Set<String> skills;

	private final Set<String> preferredMemberIds;

	private final Set<String> excludedMemberIds;

	private final Set<String> contractMemberIds;

	private final Set<String> contractSiteIds;

	private final List<MinuteInterval> unavailable;

	private final WeekCalendar calendar;

	// availablePrefix[m] = available minutes in [0, m): an availability check is two lookups.
	private final int[] availablePrefix;

	private PlanningWorker(Builder builder) {
		super(builder.id);
		this.contractMinutes = builder.contractMinutes;
		this.maxMinutes = builder.maxMinutes;
		this.partTime = builder.partTime;
		this.skills = Set.copyOf(builder.skills);
		this.preferredMemberIds = Set.copyOf(builder.preferredMemberIds);
		this.excludedMemberIds = Set.copyOf(builder.excludedMemberIds);
		this.contractMemberIds = Set.copyOf(builder.contractMemberIds);
		this.contractSiteIds = Set.copyOf(builder.contractSiteIds);
		this.unavailable = List.copyOf(builder.unavailable);
		this.calendar = builder.calendar;
		this.availablePrefix = availablePrefix(calendar.trackedMinutes(), builder.availability, builder.unavailable);
	}

	/** A worker of the week {@code calendar} counts the minutes of. */
	public static Builder builder(String id, int contractMinutes, WeekCalendar calendar) {
		return new Builder(id, contractMinutes, calendar);
	}

	// Availability is tracked up to the end of the following Monday, for shifts crossing Sunday midnight.
	private static int[] availablePrefix(int horizon, List<MinuteInterval> availability,
			List<MinuteInterval> unavailable) {
		boolean[] available = new boolean[horizon];
		if (availability.isEmpty()) {
			Arrays.fill(available, true);
		}
		// Entries form one set of hours: touching or overlapping intervals simply join.
		for (MinuteInterval interval : availability) {
			markRange(available, interval, true);
		}
		for (MinuteInterval interval : unavailable) {
			markRange(available, interval, false);
		}
		int[] prefix = new int[horizon + 1];
		for (int m = 0; m < horizon; m++) {
			prefix[m + 1] = prefix[m] + (available[m] ? 1 : 0);
		}
		return prefix;
	}

	private static void markRange(boolean[] minutes, MinuteInterval interval, boolean value) {
		int from = Math.clamp(interval.start(), 0, minutes.length);
		int to = Math.clamp(interval.end(), 0, minutes.length);
		Arrays.fill(minutes, from, to, value);
	}

	/** Elapsed minutes of {@code [start, end)} the worker cannot work (outside availability or on leave). */
	public int unavailableMinutes(int start, int end) {
		int horizon = availablePrefix.length - 1;
		int from = Math.clamp(start, 0, horizon);
		int to = Math.clamp(end, from, horizon);
		return (end - start) - (availablePrefix[to] - availablePrefix[from]);
	}

	/** The week the worker's minutes are counted in. */
	public WeekCalendar getCalendar() {
		return calendar;
	}

	/** Minutes of {@code [start, end)} inside a declared unavailability (leave, illness…). */
	public int leaveMinutes(int start, int end) {
		int minutes = 0;
		for (MinuteInterval interval : unavailable) {
			minutes += Math.max(0, Math.min(end, interval.end()) - Math.max(start, interval.start()));
		}
		return minutes;
	}

	public int getContractMinutes() {
		return contractMinutes;
	}

	public int getMaxMinutes() {
		return maxMinutes;
	}

	public boolean isPartTime() {
		return partTime;
	}

	public boolean hasSkill(String skill) {
		return skills.contains(skill);
	}

	public boolean prefersMembers() {
		return !preferredMemberIds.isEmpty();
	}

	public boolean prefers(PlanningMember member) {
		return preferredMemberIds.contains(member.getId());
	}

	public boolean excludes(PlanningMember member) {
		return excludedMemberIds.contains(member.getId());
	}

	/** Whether the written contract lets the worker be placed with the member (Code du travail L1253-9). */
	public boolean contractAllows(PlanningMember member) {
		return contractMemberIds.isEmpty() || contractMemberIds.contains(member.getId());
	}

	/** Whether the written contract names the place of work (Code du travail L1253-9); every site without a list. */
	public boolean contractAllowsSite(PlanningSite site) {
		return contractSiteIds.isEmpty() || contractSiteIds.contains(site.getId());
	}

	/**
	 * Whether the worker may serve the request at all, whatever the time: they have its skill, neither they nor its
	 * member excludes the other, and their contract names the member and the place of work (L1253-9).
	 */
	public boolean mayServe(PlanningRequest request) {
		PlanningMember member = request.getMember();
		return hasSkill(request.getSkill()) && !excludes(member) && !member.excludes(this) && contractAllows(member)
				&& contractAllowsSite(request.getSite());
	}

	/** Builds a worker; everything but the id and contract has an empty default. */
	public static final class Builder {

		private final String id;

		private final int contractMinutes;

		private int maxMinutes;

		private boolean partTime;

		private Set<String> skills = Set.of();

		private Set<String> preferredMemberIds = Set.of();

		private Set<String> excludedMemberIds = Set.of();

		private Set<String> contractMemberIds = Set.of();

		private Set<String> contractSiteIds = Set.of();

		private List<MinuteInterval> availability = List.of();

		private List<MinuteInterval> unavailable = List.of();

		private final WeekCalendar calendar;

		private Builder(String id, int contractMinutes, WeekCalendar calendar) {
			this.calendar = calendar;
			this.id = id;
			this.contractMinutes = contractMinutes;
			this.maxMinutes = contractMinutes;
			this.partTime = contractMinutes < FULL_TIME_WEEKLY_MINUTES;
		}

		public Builder maxMinutes(int maxMinutes) {
			this.maxMinutes = maxMinutes;
			return this;
		}

		public Builder partTime(boolean partTime) {
			this.partTime = partTime;
			return this;
		}

		public Builder skills(Set<String> skills) {
			this.skills = skills;
			return this;
		}

		public Builder preferredMembers(Set<String> memberIds) {
			this.preferredMemberIds = memberIds;
			return this;
		}

		public Builder excludedMembers(Set<String> memberIds) {
			this.excludedMemberIds = memberIds;
			return this;
		}

		/** The members the contract names (Code du travail L1253-9); empty, the default, for every member. */
		public Builder contractMembers(Set<String> memberIds) {
			this.contractMemberIds = memberIds;
			return this;
		}

		/** The places of work (site ids) the contract names (L1253-9); empty, the default, for every site. */
		public Builder contractSites(Set<String> siteIds) {
			this.contractSiteIds = siteIds;
			return this;
		}

		/** Availability in the week as elapsed-minute intervals, in any order; empty means always available. */
		public Builder availability(List<MinuteInterval> availability) {
			this.availability = availability;
			return this;
		}

		public Builder unavailable(List<MinuteInterval> unavailable) {
			this.unavailable = unavailable;
			return this;
		}

		public PlanningWorker build() {
			return new PlanningWorker(this);
		}

	}

}
