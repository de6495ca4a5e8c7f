package fr.mosaic.interchange;

import static fr.mosaic.base.LabourLaw.FULL_TIME_WEEKLY_MINUTES;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

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
 */
@JsonPropertyOrder({ "weekStart", "timeZone", "travel", "skills", "members", "workers", "requests", "history", "pinned",
		"travelMinutes" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDocument(LocalDate weekStart, String timeZone, Travel travel, List<Skill> skills,
		List<Member> members, List<Worker> workers, List<Request> requests, List<History> history, List<Pin> pinned,
		@Nullable Map<String, Map<String, Integer>> travelMinutes) {

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

	public record Travel(Double speedKmh, Double detourFactor) {
		public Travel {
			speedKmh = speedKmh == null ? 40.0 : speedKmh;
			detourFactor = detourFactor == null ? 1.3 : detourFactor;
		}
	}

	public record Skill(String id, String name) {
	}

	@JsonPropertyOrder({ "id", "name", "sites", "excludedWorkers" })
	public record Member(String id, String name, List<Site> sites, List<String> excludedWorkers) {
		public Member {
			sites = orEmpty(sites);
			excludedWorkers = orEmpty(excludedWorkers);
		}
	}

	@JsonPropertyOrder({ "id", "name", "lat", "lon" })
	public record Site(String id, String name, Double lat, Double lon) {
	}

	public record Point(Double lat, Double lon) {
	}

	@JsonPropertyOrder({ "id", "name", "contractMinutes", "maxMinutes", "partTime", "skills", "home", "availability",
			"unavailable", "preferredMembers", "excludedMembers" })
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Worker(String id, String name, Integer contractMinutes, Integer maxMinutes, Boolean partTime,
			List<String> skills, @Nullable Point home, List<Availability> availability, List<Unavailable> unavailable,
			List<String> preferredMembers, List<String> excludedMembers) {
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
		}
	}

	/** Weekly hours on one day; a {@code to} of midnight ({@code "24:00"} or {@code "00:00"}) ends the day. */
	public record Availability(DayOfWeek day,
			@JsonFormat(pattern = TIME) @JsonDeserialize(using = DayTimes.StartReader.class) LocalTime from,
			@JsonSerialize(using = DayTimes.EndWriter.class) @JsonDeserialize(using = DayTimes.EndReader.class) LocalTime to) {

		/** Whether the hours end at the midnight that ends the day. */
		public boolean endsAtMidnight() {
			return to.equals(LocalTime.MIDNIGHT);
		}

	}

	public record Unavailable(WallTime start, WallTime end, @Nullable String reason) {

		public Unavailable(LocalDateTime start, LocalDateTime end, @Nullable String reason) {
			this(WallTime.of(start), WallTime.of(end), reason);
		}

	}

	@JsonPropertyOrder({ "id", "member", "site", "skill", "durationMinutes", "count", "windows", "startStepMinutes",
			"distinctDays", "priority" })
	public record Request(String id, String member, String site, String skill, Integer durationMinutes, Integer count,
			List<Window> windows, Integer startStepMinutes, Boolean distinctDays, Priority priority) {
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

	public record Window(WallTime start, WallTime end) {

		public Window(LocalDateTime start, LocalDateTime end) {
			this(WallTime.of(start), WallTime.of(end));
		}

	}

	public record History(String worker, String member, Integer minutes) {
	}

	@JsonPropertyOrder({ "request", "index", "worker", "start" })
	public record Pin(String request, Integer index, String worker, WallTime start) {
	}

}
