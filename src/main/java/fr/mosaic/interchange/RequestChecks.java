package fr.mosaic.interchange;

import static fr.mosaic.interchange.JsonPaths.index;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import fr.mosaic.interchange.ProblemDocument.Pin;
import fr.mosaic.interchange.ProblemDocument.Request;

/**
 * The request and pin rules of {@link ProblemChecker}: references, windows, steps and indexes. A request's duration,
 * count and step are judged by their constraints; the rules here run on those that passed.
 */
final class RequestChecks {

	private final ProblemChecker checker;

	/** Request id to the path that declares it. */
	private final Map<String, String> requestPaths = new HashMap<>();

	/** Requests whose shape is sound enough to judge a pin's index and start against. */
	private final Map<String, Request> soundRequests = new HashMap<>();

	RequestChecks(ProblemChecker checker) {
		this.checker = checker;
	}

	void checkRequests() {
		var requests = checker.problem.requests();
		for (int i = 0; i < requests.size(); i++) {
			var path = index("$.requests", i);
			var request = requests.get(i);
			var usableId = checker.id(path, request.id(), requestPaths);
			if (checkRequest(path, request) && usableId) {
				soundRequests.put(request.id(), request);
			}
		}
	}

	void checkPins() {
		var pinned = new HashMap<ShiftKey, String>();
		for (int i = 0; i < checker.problem.pinned().size(); i++) {
			checkPin(index("$.pinned", i), checker.problem.pinned().get(i), pinned);
		}
	}

	/** True when duration, count, step and windows are all sound. */
	private boolean checkRequest(String path, Request request) {
		var memberKnown = checker.reference(path + ".member", request.member(), checker.members, "unknownMember");
		if (checker.reference(path + ".site", request.site(), checker.siteOwners, "unknownSite") && memberKnown) {
			var owner = checker.siteOwners.get(request.site());
			if (!owner.equals(request.member())) {
				checker.error(path + ".site", "siteOfOtherMember", request.site(), owner, request.member());
			}
		}
		checker.reference(path + ".skill", request.skill(), checker.skills, "unknownSkill");
		var durationSound = checker.sound(path + ".durationMinutes");
		var countSound = checker.sound(path + ".count");
		var stepSound = checker.sound(path + ".startStepMinutes");
		// the windows' constraints fail when there are none or more than the limit
		var windowsSound = checkWindows(path, request, durationSound) && checker.sound(path + ".windows");
		if (durationSound && countSound && windowsSound && request.distinctDays()) {
			var days = startDays(request);
			if (request.count() > days.size()) {
				checker.error(path + ".count", "tooFewDistinctDays", request.count(), days.size());
			}
		}
		return durationSound && countSound && stepSound && windowsSound;
	}

	// Every time is a moment of the problem's zone: lengths and the week's bounds are elapsed time.
	private boolean checkWindows(String path, Request request, boolean durationSound) {
		var weekStart = checker.problem.weekStart();
		var sound = true;
		for (int w = 0; w < request.windows().size(); w++) {
			var windowPath = index(path + ".windows", w);
			var window = request.windows().get(w);
			var start = checker.moment(windowPath + ".start", window.start());
			var end = checker.moment(windowPath + ".end", window.end());
			if (start == null || end == null) {
				sound = false;
			} else if (!end.isAfter(start)) {
				checker.error(windowPath + ".end", "endNotAfterStart", window.start().toString(),
						window.end().toString());
				sound = false;
			} else if (weekStart != null && (start.isBefore(weekStart.atStartOfDay(checker.zone))
					|| end.isAfter(weekStart.plusDays(7).atStartOfDay(checker.zone)))) {
				checker.error(windowPath, "windowOutsideWeek", window.start().toString(), window.end().toString(),
						WallTime.of(weekStart.atStartOfDay()).toString(),
						WallTime.of(weekStart.plusDays(7).atStartOfDay()).toString());
				sound = false;
			} else if (durationSound && minutes(start, end) < request.durationMinutes()) {
				checker.error(windowPath, "windowTooShort", minutes(start, end), request.durationMinutes());
				sound = false;
			}
		}
		return sound;
	}

	// A shift falls on the day it starts; a long window offers every day a shift can start on.
	private Set<LocalDate> startDays(Request request) {
		var days = new HashSet<LocalDate>();
		for (var window : request.windows()) {
			var lastStart = window.end().atZone(checker.zone).minusMinutes(request.durationMinutes()).toLocalDate();
			for (var day = window.start().local().toLocalDate(); !day.isAfter(lastStart); day = day.plusDays(1)) {
				days.add(day);
			}
		}
		return days;
	}

	private void checkPin(String path, Pin pin, Map<ShiftKey, String> pinned) {
		var requestKnown = checker.reference(path + ".request", pin.request(), requestPaths, "unknownRequest");
		checker.reference(path + ".worker", pin.worker(), checker.workers, "unknownWorker");
		var start = checker.moment(path + ".start", pin.start());
		var request = soundRequests.get(pin.request());
		if (pin.index() == null || !requestKnown || request == null) {
			return; // an unsound request's own errors are reported at the request
		}
		if (pin.index() < 0 || pin.index() >= request.count()) {
			checker.error(path + ".index", "pinIndexOutOfRange", pin.index(), pin.request(), request.count(),
					request.count() - 1);
			return;
		}
		var first = pinned.putIfAbsent(new ShiftKey(pin.request(), pin.index()), path);
		if (first != null) {
			checker.error(path, "duplicatePin", pin.request(), pin.index(), first);
		}
		if (start != null && !allowedStart(request, start)) {
			checker.error(path + ".start", "pinStartNotAllowed", pin.start().toString(), pin.request(),
					request.startStepMinutes());
		}
	}

	// Minutes are elapsed from each window's start.
	private boolean allowedStart(Request request, ZonedDateTime start) {
		return request.windows().stream().anyMatch(window -> {
			var windowStart = window.start().atZone(checker.zone);
			return AllowedStarts.allows(0, minutes(windowStart, window.end().atZone(checker.zone)),
					request.durationMinutes(), request.startStepMinutes(), minutes(windowStart, start));
		});
	}

	private static long minutes(ZonedDateTime from, ZonedDateTime to) {
		return Duration.between(from, to).toMinutes();
	}

}
