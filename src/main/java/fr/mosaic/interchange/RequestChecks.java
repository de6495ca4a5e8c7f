package fr.mosaic.interchange;

import static fr.mosaic.interchange.JsonPaths.index;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import fr.mosaic.interchange.ProblemDocument.Pin;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Window;
import org.jspecify.annotations.Nullable;

/** The request and pin rules of {@link ProblemChecker}: references, windows, steps and indexes. */
final class RequestChecks {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(ProblemDocument.DATE_TIME);

	private final ProblemChecker checker;

	/** Request id to the path that declares it. */
	private final Map<String, String> requestPaths = new HashMap<>();

	/** Requests whose shape is sound enough to judge a pin's index and start against. */
	private final Map<String, Request> soundRequests = new HashMap<>();

	RequestChecks(ProblemChecker checker) {
		this.checker = checker;
	}

	static String format(LocalDateTime time) {
		return DATE_TIME.format(time);
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
		var pinned = new HashMap<String, String>();
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
		var durationSound = positive(path + ".durationMinutes", request.durationMinutes());
		var count = request.count();
		var countSound = checker.required(path + ".count", count);
		if (countSound && count < 1) {
			checker.error(path + ".count", "countBelowOne", count);
			countSound = false;
		}
		var stepSound = positive(path + ".startStepMinutes", request.startStepMinutes());
		if (request.windows().isEmpty()) {
			checker.error(path + ".windows", "noWindows");
			return false;
		}
		var windowsSound = checkWindows(path, request, durationSound);
		if (durationSound && countSound && windowsSound && request.distinctDays()) {
			var days = startDays(request);
			if (count > days.size()) {
				checker.error(path + ".count", "tooFewDistinctDays", count, days.size());
			}
		}
		return durationSound && countSound && stepSound && windowsSound;
	}

	private boolean checkWindows(String path, Request request, boolean durationSound) {
		var weekStart = checker.problem.weekStart();
		var sound = true;
		for (int w = 0; w < request.windows().size(); w++) {
			var windowPath = index(path + ".windows", w);
			var window = request.windows().get(w);
			if (!(checker.required(windowPath + ".start", window.start())
					& checker.required(windowPath + ".end", window.end()))) {
				sound = false;
			}
			else if (!window.end().isAfter(window.start())) {
				checker.error(windowPath + ".end", "endNotAfterStart", format(window.start()), format(window.end()));
				sound = false;
			}
			else if (weekStart != null && (window.start().isBefore(weekStart.atStartOfDay())
					|| window.end().isAfter(weekStart.plusDays(7).atStartOfDay()))) {
				checker.error(windowPath, "windowOutsideWeek", format(window.start()), format(window.end()),
						format(weekStart.atStartOfDay()), format(weekStart.plusDays(7).atStartOfDay()));
				sound = false;
			}
			else if (durationSound && minutes(window) < request.durationMinutes()) {
				checker.error(windowPath, "windowTooShort", minutes(window), request.durationMinutes());
				sound = false;
			}
		}
		return sound;
	}

	// A shift falls on the day it starts; a long window offers every day a shift can start on.
	private static Set<LocalDate> startDays(Request request) {
		var days = new HashSet<LocalDate>();
		for (var window : request.windows()) {
			var lastStart = window.end().minusMinutes(request.durationMinutes()).toLocalDate();
			for (var day = window.start().toLocalDate(); !day.isAfter(lastStart); day = day.plusDays(1)) {
				days.add(day);
			}
		}
		return days;
	}

	private void checkPin(String path, Pin pin, Map<String, String> pinned) {
		var requestKnown = checker.reference(path + ".request", pin.request(), requestPaths, "unknownRequest");
		checker.reference(path + ".worker", pin.worker(), checker.workers, "unknownWorker");
		if (!checker.required(path + ".index", pin.index()) || !requestKnown) {
			checker.required(path + ".start", pin.start());
			return;
		}
		var request = soundRequests.get(pin.request());
		if (request == null) {
			return; // its own errors are reported at the request
		}
		if (pin.index() < 0 || pin.index() >= request.count()) {
			checker.error(path + ".index", "pinIndexOutOfRange", pin.index(), pin.request(), request.count(),
					request.count() - 1);
			return;
		}
		var first = pinned.putIfAbsent(pin.request() + "#" + pin.index(), path);
		if (first != null) {
			checker.error(path, "duplicatePin", pin.request(), pin.index(), first);
		}
		if (checker.required(path + ".start", pin.start()) && !allowedStart(request, pin.start())) {
			checker.error(path + ".start", "pinStartNotAllowed", format(pin.start()), pin.request(),
					request.startStepMinutes());
		}
	}

	// [start, start + duration) inside one window, on the request's step from that window's start.
	private static boolean allowedStart(Request request, LocalDateTime start) {
		var end = start.plusMinutes(request.durationMinutes());
		return request.windows().stream().anyMatch(window -> !start.isBefore(window.start())
				&& !end.isAfter(window.end())
				&& Duration.between(window.start(), start).toMinutes() % request.startStepMinutes() == 0);
	}

	private boolean positive(String path, @Nullable Integer minutes) {
		if (!checker.required(path, minutes)) {
			return false;
		}
		if (minutes <= 0) {
			checker.error(path, "notPositive", minutes);
			return false;
		}
		return true;
	}

	private static long minutes(Window window) {
		return Duration.between(window.start(), window.end()).toMinutes();
	}

}
