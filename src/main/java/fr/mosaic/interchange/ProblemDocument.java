package fr.mosaic.interchange;

import static fr.mosaic.base.LabourLaw.FULL_TIME_WEEKLY_MINUTES;
import static fr.mosaic.base.LabourLaw.MAX_WEEKLY_WORK_MINUTES;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One week's planning problem as described by {@code docs/spec/interchange.md}. The compact constructors apply the
 * spec's defaults, so a document read from a file and the same document exported again compare equal. Times are
 * {@link WallTime}s of the document's {@code timeZone}.
 * <p>
 * The constraints state what each field needs on its own (given, in range, within {@link ProblemLimits}); they see the
 * defaults, as they are checked on the constructed document. What needs several fields or lists (references, unique
 * ids, windows inside the week, times the zone has) is {@link ProblemChecker}'s. A constraint whose message is not an
 * {@code interchange.error.} key gets its annotation's general one (see {@link ConstraintErrors}).
 */
@JsonPropertyOrder({ "weekStart", "timeZone", "travel", "skills", "members", "workers", "requests", "history", "pinned",
		"travelMinutes" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDocument(@NotNull LocalDate weekStart, String timeZone, @Valid Travel travel,
		List<@Valid Skill> skills, List<@Valid Member> members,
		@Size(max = ProblemLimits.WORKERS, message = "{interchange.error.tooManyWorkers}") List<@Valid Worker> workers,
		List<@Valid Request> requests, List<@Valid History> history, List<@Valid Pin> pinned,
		@Nullable Map<@NotBlank String, Map<@NotBlank String, @NotNull @PositiveOrZero Integer>> travelMinutes) {

	public static final String TIME = "HH:mm";

	public ProblemDocument {
		timeZone = timeZone == null ? "Europe/Paris" : timeZone;
		travel = travel == null ? new Travel(null, null) : travel;
		skills = orEmpty(skills);
		members = orEmpty(members);
		workers = orEmpty(workers);
		requests = orEmpty(requests);
		history = orEmpty(history);
		pinned = orEmpty(pinned);
	}

	static <T> List<T> orEmpty(@Nullable List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	public record Travel(@Positive Double speedKmh, @DecimalMin("1") Double detourFactor) {
		public Travel {
			speedKmh = speedKmh == null ? 40.0 : speedKmh;
			detourFactor = detourFactor == null ? 1.3 : detourFactor;
		}
	}

	public record Skill(@NotBlank String id, @NotBlank String name) {
	}

	@JsonPropertyOrder({ "id", "name", "sites", "excludedWorkers" })
	public record Member(@NotBlank String id, @NotBlank String name, List<@Valid Site> sites,
			List<@NotBlank String> excludedWorkers) {
		public Member {
			sites = orEmpty(sites);
			excludedWorkers = orEmpty(excludedWorkers);
		}
	}

	@JsonPropertyOrder({ "id", "name", "lat", "lon" })
	public record Site(@NotBlank String id, @NotBlank String name, @NotNull @Range(min = -90, max = 90) Double lat,
			@NotNull @Range(min = -180, max = 180) Double lon) {
	}

	public record Point(@NotNull @Range(min = -90, max = 90) Double lat,
			@NotNull @Range(min = -180, max = 180) Double lon) {
	}

	/**
	 * A worker; {@code contractMembers} lists the members their written contract lets them be placed with (Code du
	 * travail L1253-9), absent (null) for every member, as in files written before the list existed; likewise
	 * {@code contractSites} lists the places of work (site ids) the contract names, absent for every site.
	 */
	@JsonPropertyOrder({ "id", "name", "contractMinutes", "maxMinutes", "partTime", "skills", "home", "availability",
			"unavailable", "preferredMembers", "excludedMembers", "contractMembers", "contractSites",
			"contractAmendedOn" })
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Worker(@NotBlank String id, @NotBlank String name, @NotNull @PositiveOrZero Integer contractMinutes,
			@PositiveOrZero @Max(value = MAX_WEEKLY_WORK_MINUTES, message = "{interchange.error.aboveWeeklyMaximum}") Integer maxMinutes,
			Boolean partTime, List<@NotBlank String> skills, @Valid @Nullable Point home,
			List<@Valid Availability> availability, List<@Valid Unavailable> unavailable,
			List<@NotBlank String> preferredMembers, List<@NotBlank String> excludedMembers,
			@Nullable List<@NotBlank String> contractMembers, @Nullable List<@NotBlank String> contractSites,
			@Nullable LocalDate contractAmendedOn) {
		/**
		 * A contract above the legal week is reported at {@code maxMinutes}, which defaults to it. An empty
		 * {@code contractMembers} or {@code contractSites} is read as absent: a contract recorded without its list,
		 * every member or every site.
		 */
		public Worker {
			maxMinutes = maxMinutes == null ? contractMinutes : maxMinutes;
			partTime = partTime == null
					? (contractMinutes != null && contractMinutes < FULL_TIME_WEEKLY_MINUTES)
					: partTime;
			skills = orEmpty(skills);
			availability = orEmpty(availability);
			unavailable = orEmpty(unavailable);
			preferredMembers = orEmpty(preferredMembers);
			excludedMembers = orEmpty(excludedMembers);
			contractMembers = contractMembers == null || contractMembers.isEmpty()
					? null
					: List.copyOf(contractMembers);
			contractSites = contractSites == null || contractSites.isEmpty() ? null : List.copyOf(contractSites);
		}

		/** A worker whose contract names no members: they may be placed with every member. */
		public Worker(String id, String name, Integer contractMinutes, @Nullable Integer maxMinutes,
				@Nullable Boolean partTime, @Nullable List<String> skills, @Nullable Point home,
				@Nullable List<Availability> availability, @Nullable List<Unavailable> unavailable,
				@Nullable List<String> preferredMembers, @Nullable List<String> excludedMembers) {
			this(id, name, contractMinutes, maxMinutes, partTime, skills, home, availability, unavailable,
					preferredMembers, excludedMembers, null, null, null);
		}

		/** A worker whose contract names no places of work: they may work at every site of the members it allows. */
		public Worker(String id, String name, Integer contractMinutes, @Nullable Integer maxMinutes,
				@Nullable Boolean partTime, @Nullable List<String> skills, @Nullable Point home,
				@Nullable List<Availability> availability, @Nullable List<Unavailable> unavailable,
				@Nullable List<String> preferredMembers, @Nullable List<String> excludedMembers,
				@Nullable List<String> contractMembers, @Nullable LocalDate contractAmendedOn) {
			this(id, name, contractMinutes, maxMinutes, partTime, skills, home, availability, unavailable,
					preferredMembers, excludedMembers, contractMembers, null, contractAmendedOn);
		}

		/** Whether the worker's contract lets them be placed with the member (L1253-9): every member without a list. */
		public boolean contractAllows(String memberId) {
			return contractMembers == null || contractMembers.contains(memberId);
		}

		/** Whether the worker's contract names the place of work (L1253-9): every site without a list. */
		public boolean contractAllowsSite(String siteId) {
			return contractSites == null || contractSites.contains(siteId);
		}
	}

	/** Weekly hours on one day; a {@code to} of midnight ({@code "24:00"} or {@code "00:00"}) ends the day. */
	public record Availability(@NotNull DayOfWeek day,
			@NotNull @JsonFormat(pattern = TIME) @JsonDeserialize(using = DayTimes.StartReader.class) LocalTime from,
			@NotNull @JsonSerialize(using = DayTimes.EndWriter.class) @JsonDeserialize(using = DayTimes.EndReader.class) LocalTime to) {

		/** Whether the hours end at the midnight that ends the day. */
		public boolean endsAtMidnight() {
			return to.equals(LocalTime.MIDNIGHT);
		}

	}

	public record Unavailable(@NotNull WallTime start, @NotNull WallTime end, @Nullable String reason) {

		public Unavailable(LocalDateTime start, LocalDateTime end, @Nullable String reason) {
			this(WallTime.of(start), WallTime.of(end), reason);
		}

	}

	@JsonPropertyOrder({ "id", "member", "site", "skill", "durationMinutes", "count", "windows", "startStepMinutes",
			"distinctDays", "priority" })
	public record Request(@NotBlank String id, @NotBlank String member, @NotBlank String site, @NotBlank String skill,
			@NotNull @Positive Integer durationMinutes,
			@NotNull @Min(1) @Max(value = ProblemLimits.SHIFTS_PER_REQUEST, message = "{interchange.error.tooManyShiftsInRequest}") Integer count,
			@NotEmpty(message = "{interchange.error.noWindows}") @Size(max = ProblemLimits.WINDOWS_PER_REQUEST, message = "{interchange.error.tooManyWindows}") List<@Valid Window> windows,
			@Positive Integer startStepMinutes, Boolean distinctDays, Priority priority) {
		public Request {
			windows = orEmpty(windows);
			startStepMinutes = startStepMinutes == null ? 30 : startStepMinutes;
			distinctDays = distinctDays != null && distinctDays;
			priority = priority == null ? Priority.CONTRACTED : priority;
		}
	}

	public enum Priority {

		CONTRACTED, EXTRA

	}

	public record Window(@NotNull WallTime start, @NotNull WallTime end) {

		public Window(LocalDateTime start, LocalDateTime end) {
			this(WallTime.of(start), WallTime.of(end));
		}

	}

	public record History(@NotBlank String worker, @NotBlank String member, @NotNull @PositiveOrZero Integer minutes) {
	}

	@JsonPropertyOrder({ "request", "index", "worker", "start" })
	public record Pin(@NotBlank String request, @NotNull Integer index, @NotBlank String worker,
			@NotNull WallTime start) {
	}

}
