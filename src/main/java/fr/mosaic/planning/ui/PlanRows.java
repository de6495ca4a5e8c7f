package fr.mosaic.planning.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;

/** A plan's shifts joined with the week's problem, so the screen can show names instead of ids. */
record PlanRows(List<Row> shifts, List<WorkerRow> workers) {

	record Row(String day, String time, String member, String site, String skill, String worker,
			@Nullable String reason, boolean covered) {
	}

	record WorkerRow(String name, int workedMinutes, int contractMinutes, int travelMinutes, int members) {

		int shortfall() {
			return Math.max(0, contractMinutes - workedMinutes);
		}

	}

	static PlanRows of(ProblemDocument problem, PlanDocument plan, Locale locale) {
		var requests = byId(problem.requests(), ProblemDocument.Request::id);
		var members = byId(problem.members(), ProblemDocument.Member::id);
		var sites = problem.members().stream().flatMap(m -> m.sites().stream())
				.collect(Collectors.toMap(ProblemDocument.Site::id, ProblemDocument.Site::name));
		var skills = byId(problem.skills(), ProblemDocument.Skill::id);
		var workers = byId(problem.workers(), ProblemDocument.Worker::id);
		var zone = ZoneId.of(problem.timeZone());
		// in time order (a repeated hour's second occurrence after its first), uncovered shifts last
		var rows = plan.shifts().stream()
				.sorted(Comparator.comparing(
						(PlanDocument.Shift s) -> s.start() == null ? Instant.MAX : s.start().atZone(zone).toInstant()))
				.map(s -> {
					var request = requests.get(s.request());
					var start = s.start();
					var end = s.end();
					return new Row(start == null ? "" : DateText.weekday(start.local(), locale),
							start == null || end == null
									? ""
									: DayTime.time(start.local().toLocalTime()) + " – "
											+ DayTime.time(end.local().toLocalTime()),
							members.get(request.member()).name(), sites.get(request.site()),
							skills.get(request.skill()).name(),
							s.worker() == null ? "" : workers.get(s.worker()).name(), s.reason(), s.covered());
				}).toList();
		var workerRows = plan.workers().stream().map(w -> new WorkerRow(workers.get(w.id()).name(), w.workedMinutes(),
				workers.get(w.id()).contractMinutes(), w.travelMinutes(), w.members())).toList();
		return new PlanRows(rows, workerRows);
	}

	private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
