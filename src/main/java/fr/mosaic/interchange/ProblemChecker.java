package fr.mosaic.interchange;

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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Worker;

/**
 * The rules of {@code docs/spec/interchange.md} that JSON binding cannot see. What a field needs on its own (given, in
 * range) is a constraint of {@link ProblemDocument}, checked first by {@link ConstraintErrors}; the code here judges
 * what needs more than one field: references to known ids, unique ids, the week, times that exist in the problem's
 * zone, and the problem's total size. It skips a field whose constraint failed rather than report it twice. Reports
 * every error found, not only the first, so a coordinator fixes a file in one pass. Requests and pins are checked by
 * {@link RequestChecks}.
 */
public final class ProblemChecker {

	final List<ProblemError> errors = new ArrayList<>();

	final ProblemDocument problem;

	/** The JSON paths of the fields whose constraint failed. */
	private final Set<String> violated;

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
		errors.addAll(ConstraintErrors.of(problem));
		this.violated = errors.stream().map(ProblemError::path).collect(Collectors.toSet());
		this.skills = ids("skills", problem.skills(), ProblemDocument.Skill::id);
		this.members = ids("members", problem.members(), Member::id);
		this.workers = ids("workers", problem.workers(), Worker::id);
	}

	/** All errors of the problem, in document order; empty when it can be planned. */
	public static List<ProblemError> check(ProblemDocument problem) {
		var checker = new ProblemChecker(problem);
		checker.errors.addAll(ProblemLimits.check(problem));
		checker.checkHeader();
		checker.checkMembers();
		checker.checkWorkers();
		var requests = new RequestChecks(checker);
		requests.checkRequests();
		checker.checkHistory();
		requests.checkPins();
		checker.checkTravelMinutes();
		return DocumentOrder.sorted(problem, checker.errors);
	}

	void error(String path, String key, Object... args) {
		errors.add(ProblemError.of(path, key, args));
	}

	private void checkHeader() {
		var weekStart = problem.weekStart();
		if (weekStart != null && weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
			error("$.weekStart", "notMonday", weekStart.toString());
		}
		try {
			zone = ZoneId.of(problem.timeZone());
		} catch (DateTimeException ex) {
			error("$.timeZone", "unknownTimeZone", problem.timeZone());
		}
	}

	private void checkMembers() {
		var sitePaths = new HashMap<String, String>();
		for (int i = 0; i < problem.members().size(); i++) {
			var path = index("$.members", i);
			var member = problem.members().get(i);
			for (int s = 0; s < member.sites().size(); s++) {
				var sitePath = index(path + ".sites", s);
				var site = member.sites().get(s);
				// Site ids are unique across all members: requests and travel refer to them alone.
				if (id(sitePath, site.id(), sitePaths) && member.id() != null) {
					siteOwners.put(site.id(), member.id());
				}
			}
			references(path + ".excludedWorkers", member.excludedWorkers(), workers, "unknownWorker");
		}
	}

	private void checkWorkers() {
		for (int i = 0; i < problem.workers().size(); i++) {
			var path = index("$.workers", i);
			var worker = problem.workers().get(i);
			// maxMinutes defaults to contractMinutes, so both are given when both are sound
			if (sound(path + ".contractMinutes") && sound(path + ".maxMinutes")
					&& worker.maxMinutes() < worker.contractMinutes()) {
				error(path + ".maxMinutes", "maxBelowContract", worker.maxMinutes(), worker.contractMinutes());
			}
			references(path + ".skills", worker.skills(), skills, "unknownSkill");
			for (int a = 0; a < worker.availability().size(); a++) {
				var availabilityPath = index(path + ".availability", a);
				var availability = worker.availability().get(a);
				// "to": "24:00" (or "00:00") ends the day, so it is after any start
				if (availability.from() != null && availability.to() != null && !availability.endsAtMidnight()
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
			if (worker.contractMembers() != null) {
				references(path + ".contractMembers", worker.contractMembers(), members, "unknownMember");
			}
			if (worker.contractSites() != null) {
				references(path + ".contractSites", worker.contractSites(), siteOwners, "unknownSite");
			}
		}
	}

	private void checkHistory() {
		for (int i = 0; i < problem.history().size(); i++) {
			var path = index("$.history", i);
			var history = problem.history().get(i);
			reference(path + ".worker", history.worker(), workers, "unknownWorker");
			reference(path + ".member", history.member(), members, "unknownMember");
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
			row.keySet().forEach(to -> reference(field(rowPath, to), to, siteOwners, "unknownSite"));
		});
	}

	private <T> Map<String, String> ids(String list, List<T> items, Function<T, @Nullable String> id) {
		var paths = new LinkedHashMap<String, String>();
		for (int i = 0; i < items.size(); i++) {
			id(index("$." + list, i), id.apply(items.get(i)), paths);
		}
		return paths;
	}

	/** Whether the field at the path has passed its constraints, so the rules that need more can judge it. */
	boolean sound(String path) {
		return !violated.contains(path);
	}

	/** Records a given, unique id under its entry's path; false if it is not usable. */
	boolean id(String entryPath, @Nullable String id, Map<String, String> seen) {
		if (id == null || !sound(entryPath + ".id")) {
			return false;
		}
		var first = seen.putIfAbsent(id, entryPath);
		if (first != null) {
			error(entryPath + ".id", "duplicateId", id, first);
			return false;
		}
		return true;
	}

	/**
	 * The moment a time of the problem stands for in its zone, or null when the time is missing (a constraint's error)
	 * or, with an error at the path, skipped by the clocks or written with an offset the zone has not at that time.
	 */
	@Nullable
	ZonedDateTime moment(String path, @Nullable WallTime time) {
		if (time == null) {
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

	/** True when the id is given and known; known ids map to anything (paths, owners). */
	boolean reference(String path, @Nullable String id, Map<String, String> known, String unknownKey) {
		if (id == null || !sound(path)) {
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

}
