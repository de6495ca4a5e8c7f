package fr.mosaic.interchange;

import static fr.mosaic.base.LabourLaw.MAX_WEEKLY_WORK_MINUTES;
import static fr.mosaic.interchange.JsonPaths.field;
import static fr.mosaic.interchange.JsonPaths.index;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Worker;

/**
 * The semantic rules of {@code docs/spec/interchange.md} that JSON binding cannot see: references to known ids, unique
 * ids, ranges, the week, and times that exist in the problem's zone. Reports every error found, not only the first, so
 * a coordinator fixes a file in one pass. Requests and pins are checked by {@link RequestChecks}.
 */
public final class ProblemChecker {

	final List<ProblemError> errors = new ArrayList<>();

	final ProblemDocument problem;

	/** The problem's zone, or UTC while it is unknown (its error is reported once, at {@code $.timeZone}). */
	ZoneId zone = ZoneOffset.UTC;

	/** Ids of each list, mapped to the path of the entry that declares them. */
	final Map<String, String> skills;

	final Map<String, String> members;

	final Map<String, String> workers;

	/** Site id to the id of the member that owns it. */
	final Map<String, String> siteOwners = new HashMap<>();

	private ProblemChecker(ProblemDocument problem) {
		this.problem = problem;
		this.skills = ids("skills", problem.skills(), ProblemDocument.Skill::id);
		this.members = ids("members", problem.members(), Member::id);
		this.workers = ids("workers", problem.workers(), Worker::id);
	}

	/** All errors of the problem, in document order; empty when it can be planned. */
	public static List<ProblemError> check(ProblemDocument problem) {
		var checker = new ProblemChecker(problem);
		checker.errors.addAll(ProblemLimits.check(problem));
		checker.checkHeader();
		checker.checkSkills();
		checker.checkMembers();
		checker.checkWorkers();
		var requests = new RequestChecks(checker);
		requests.checkRequests();
		checker.checkHistory();
		requests.checkPins();
		checker.checkTravelMinutes();
		return List.copyOf(checker.errors);
	}

	void error(String path, String key, Object... args) {
		errors.add(ProblemError.of(path, key, args));
	}

	private void checkHeader() {
		var weekStart = problem.weekStart();
		if (weekStart == null) {
			error("$.weekStart", "required");
		} else if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
			error("$.weekStart", "notMonday", weekStart.toString());
		}
		try {
			zone = ZoneId.of(problem.timeZone());
		} catch (DateTimeException ex) {
			error("$.timeZone", "unknownTimeZone", problem.timeZone());
		}
		var travel = problem.travel();
		if (!(travel.speedKmh() > 0)) {
			error("$.travel.speedKmh", "notPositive", travel.speedKmh());
		}
		if (!(travel.detourFactor() >= 1)) {
			error("$.travel.detourFactor", "detourBelowOne", travel.detourFactor());
		}
	}

	private void checkSkills() {
		for (int i = 0; i < problem.skills().size(); i++) {
			text(index("$.skills", i) + ".name", problem.skills().get(i).name());
		}
	}

	private void checkMembers() {
		var sitePaths = new HashMap<String, String>();
		for (int i = 0; i < problem.members().size(); i++) {
			var path = index("$.members", i);
			var member = problem.members().get(i);
			text(path + ".name", member.name());
			for (int s = 0; s < member.sites().size(); s++) {
				var sitePath = index(path + ".sites", s);
				var site = member.sites().get(s);
				// Site ids are unique across all members: requests and travel refer to them alone.
				if (id(sitePath, site.id(), sitePaths) && member.id() != null) {
					siteOwners.put(site.id(), member.id());
				}
				text(sitePath + ".name", site.name());
				coordinates(sitePath, site.lat(), site.lon());
			}
			references(path + ".excludedWorkers", member.excludedWorkers(), workers, "unknownWorker");
		}
	}

	private void checkWorkers() {
		for (int i = 0; i < problem.workers().size(); i++) {
			var path = index("$.workers", i);
			var worker = problem.workers().get(i);
			text(path + ".name", worker.name());
			checkContract(path, worker);
			references(path + ".skills", worker.skills(), skills, "unknownSkill");
			if (worker.home() != null) {
				coordinates(path + ".home", worker.home().lat(), worker.home().lon());
			}
			for (int a = 0; a < worker.availability().size(); a++) {
				var availabilityPath = index(path + ".availability", a);
				var availability = worker.availability().get(a);
				required(availabilityPath + ".day", availability.day());
				// "to": "24:00" (or "00:00") ends the day, so it is after any start
				if (required(availabilityPath + ".from", availability.from())
						& required(availabilityPath + ".to", availability.to()) && !availability.endsAtMidnight()
						&& !availability.to().isAfter(availability.from())) {
					error(availabilityPath + ".to", "endNotAfterStart", availability.from().toString(),
							availability.to().toString());
				}
			}
			for (int u = 0; u < worker.unavailable().size(); u++) {
				var unavailablePath = index(path + ".unavailable", u);
				var unavailable = worker.unavailable().get(u);
				var start = moment(unavailablePath + ".start", unavailable.start());
				var end = moment(unavailablePath + ".end", unavailable.end());
				if (start != null && end != null && !end.isAfter(start)) {
					error(unavailablePath + ".end", "endNotAfterStart", unavailable.start().toString(),
							unavailable.end().toString());
				}
			}
			references(path + ".preferredMembers", worker.preferredMembers(), members, "unknownMember");
			references(path + ".excludedMembers", worker.excludedMembers(), members, "unknownMember");
		}
	}

	private void checkContract(String path, Worker worker) {
		var contract = worker.contractMinutes();
		var max = worker.maxMinutes();
		if (!required(path + ".contractMinutes", contract) || !minutes(path + ".contractMinutes", contract)) {
			return;
		}
		// maxMinutes defaults to contractMinutes, so a contract above 48 h shows up here too.
		if (max > MAX_WEEKLY_WORK_MINUTES) {
			error(path + ".maxMinutes", "aboveWeeklyMaximum", max, MAX_WEEKLY_WORK_MINUTES);
		} else if (minutes(path + ".maxMinutes", max) && max < contract) {
			error(path + ".maxMinutes", "maxBelowContract", max, contract);
		}
	}

	private void checkHistory() {
		for (int i = 0; i < problem.history().size(); i++) {
			var path = index("$.history", i);
			var history = problem.history().get(i);
			reference(path + ".worker", history.worker(), workers, "unknownWorker");
			reference(path + ".member", history.member(), members, "unknownMember");
			if (required(path + ".minutes", history.minutes())) {
				minutes(path + ".minutes", history.minutes());
			}
		}
	}

	private void checkTravelMinutes() {
		var matrix = problem.travelMinutes();
		if (matrix == null) {
			return;
		}
		matrix.forEach((from, row) -> {
			var rowPath = field("$.travelMinutes", from);
			reference(rowPath, from, siteOwners, "unknownSite");
			row.forEach((to, minutes) -> {
				var path = field(rowPath, to);
				reference(path, to, siteOwners, "unknownSite");
				if (required(path, minutes)) {
					minutes(path, minutes);
				}
			});
		});
	}

	private <T> Map<String, String> ids(String list, List<T> items, Function<T, @Nullable String> id) {
		var paths = new LinkedHashMap<String, String>();
		for (int i = 0; i < items.size(); i++) {
			id(index("$." + list, i), id.apply(items.get(i)), paths);
		}
		return paths;
	}

	/** Records a non-empty, unique id under its entry's path; false if it is not usable. */
	boolean id(String entryPath, @Nullable String id, Map<String, String> seen) {
		if (!text(entryPath + ".id", id)) {
			return false;
		}
		var first = seen.putIfAbsent(id, entryPath);
		if (first != null) {
			error(entryPath + ".id", "duplicateId", id, first);
			return false;
		}
		return true;
	}

	boolean text(String path, @Nullable String value) {
		if (value == null || value.isBlank()) {
			error(path, "empty");
			return false;
		}
		return true;
	}

	/**
	 * The moment a time of the problem stands for in its zone, or null, with an error at the path, when the time is
	 * missing, skipped by the clocks, or written with an offset the zone has not at that time.
	 */
	@Nullable
	ZonedDateTime moment(String path, @Nullable WallTime time) {
		if (!required(path, time)) {
			return null;
		}
		var error = timeError(path, time, zone);
		if (error != null) {
			errors.add(error);
			return null;
		}
		return time.atZone(zone);
	}

	/** Why a time cannot stand for a moment of {@code zone}: skipped by the clocks, or an offset the zone has not. */
	static @Nullable ProblemError timeError(String path, WallTime time, ZoneId zone) {
		var offsets = zone.getRules().getValidOffsets(time.local());
		if (offsets.isEmpty()) {
			return ProblemError.of(path, "skippedTime", time.toString(), zone.getId());
		}
		if (time.offset() != null && !offsets.contains(time.offset())) {
			return ProblemError.of(path, "offsetNotInZone", WallTime.of(time.local()).toString(), zone.getId(),
					time.offset().getId());
		}
		return null;
	}

	boolean required(String path, @Nullable Object value) {
		if (value == null) {
			error(path, "required");
			return false;
		}
		return true;
	}

	boolean minutes(String path, int minutes) {
		if (minutes < 0) {
			error(path, "negativeMinutes", minutes);
			return false;
		}
		return true;
	}

	/** True when the id is given and known; known ids map to anything (paths, owners). */
	boolean reference(String path, @Nullable String id, Map<String, String> known, String unknownKey) {
		if (!text(path, id)) {
			return false;
		}
		if (!known.containsKey(id)) {
			error(path, unknownKey, id);
			return false;
		}
		return true;
	}

	private void references(String listPath, List<String> ids, Map<String, String> known, String unknownKey) {
		for (int i = 0; i < ids.size(); i++) {
			reference(index(listPath, i), ids.get(i), known, unknownKey);
		}
	}

	private void coordinates(String path, @Nullable Double lat, @Nullable Double lon) {
		if (required(path + ".lat", lat) && !(lat >= -90 && lat <= 90)) {
			error(path + ".lat", "latitude", lat);
		}
		if (required(path + ".lon", lon) && !(lon >= -180 && lon <= 180)) {
			error(path + ".lon", "longitude", lon);
		}
	}

}
