package fr.mosaic.consolidation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import fr.mosaic.base.LabourLaw;
import fr.mosaic.base.Translations;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.planning.InvalidWeekException;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.planning.WeekSolver;
import fr.mosaic.security.Access;
import fr.mosaic.security.CurrentUser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consolidation what-ifs for the coordinator: hiring scenarios, contract amendments that pay, what a member's
 * departure costs, over the chosen week or the last weeks up to it (at most {@link SolvedWeeks#MAX_WEEKS}); weeks
 * without requests are left out. Each starts from the weeks' stored plans, read when it is asked for: a week with
 * requests but no stored plan is refused, as a reference solved anew would differ from run to run. In the background,
 * it solves what-if copies of each week for {@code mosaic.whatif.solve-time} each, starting from its plan; the weeks'
 * plans and the register are never changed. The result, summed over the weeks with their breakdown, is stored under the
 * chosen week, to read and compare later.
 */
@PreAuthorize(Access.COORDINATORS)
@Service
public class ConsolidationService {

	private final PlanningService planning;

	private final WeekSolver solver;

	private final WhatIfJobs jobs;

	private final WhatIfAnalysisRepository analyses;

	private final WhatIfProperties properties;

	private final CurrentUser currentUser;

	private final Clock clock;

	// a result stored before a field existed reads it as 0 (or empty, by the records' constructors)
	private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();

	ConsolidationService(PlanningService planning, WeekSolver solver, WhatIfJobs jobs,
			WhatIfAnalysisRepository analyses, WhatIfProperties properties, CurrentUser currentUser, Clock clock) {
		this.planning = planning;
		this.solver = solver;
		this.jobs = jobs;
		this.analyses = analyses;
		this.properties = properties;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Queues hiring scenarios over the {@code weeks} weeks ending with {@code weekStart}'s: 1 to {@code hires} virtual
	 * workers on a full-time contract ({@link LabourLaw#FULL_TIME_WEEKLY_MINUTES}, Code du travail L3121-27).
	 *
	 * @return the job's id
	 * @throws InvalidWeekException when a stored week of the range breaks a rule of the interchange format; nothing is
	 *         queued
	 * @throws NoRequestsException when no week of the range has requests; nothing is queued
	 * @throws UnplannedWeeksException when a week of the range has requests but no stored plan; nothing is queued
	 * @throws IllegalArgumentException when the week does not start on a Monday, weeks is not 1 to
	 *         {@link SolvedWeeks#MAX_WEEKS} or hires is not 1 to 3
	 */
	public String startHiring(LocalDate weekStart, int weeks, int hires) {
		if (hires < 1 || hires > HiringScenarios.MAX_HIRES) {
			throw new IllegalArgumentException("hires must be 1 to %d: %d".formatted(HiringScenarios.MAX_HIRES, hires));
		}
		return start(WhatIfKind.HIRING, weekStart, weeks, (solved, job) -> {
			var result = HiringScenarios.of(solved, hires, LabourLaw.FULL_TIME_WEEKLY_MINUTES, solve(), job);
			var subject = result.scenarios().isEmpty()
					? ""
					: result.scenarios().getLast().hires().stream()
							.map(hire -> String.join(" + ", hire.profile().skillNames()))
							.collect(Collectors.joining(" · "));
			return new Outcome(subject, result);
		});
	}

	/**
	 * Queues the amendments that pay over the {@code weeks} weeks ending with {@code weekStart}'s: at most
	 * {@code mosaic.whatif.amendment-candidates} verified by solving each week.
	 *
	 * @return the job's id
	 * @throws InvalidWeekException when a stored week of the range breaks a rule of the interchange format; nothing is
	 *         queued
	 * @throws NoRequestsException when no week of the range has requests; nothing is queued
	 * @throws UnplannedWeeksException when a week of the range has requests but no stored plan; nothing is queued
	 * @throws IllegalArgumentException when the week does not start on a Monday or weeks is not 1 to
	 *         {@link SolvedWeeks#MAX_WEEKS}
	 */
	public String startAmendments(LocalDate weekStart, int weeks) {
		return start(WhatIfKind.AMENDMENTS, weekStart, weeks, (solved, job) -> {
			var result = Amendments.of(solved, properties.amendmentCandidates(), solve(), job);
			// a run that found none says so in the list of runs; stored in the group's language, as its names are
			return new Outcome(result.suggestions().stream().limit(1).map(best -> best.worker() + " → " + best.member())
					.findFirst().orElseGet(() -> Translations.translate("consolidation.whatif.amendments.noneSubject",
							Translations.LOCALES.getFirst())),
					result);
		});
	}

	/**
	 * Queues what the member's departure ({@code percent} 100) or the cut of its requests costs over the {@code weeks}
	 * weeks ending with {@code weekStart}'s.
	 *
	 * @param memberId the member's id in the week's problem (see {@link #members})
	 * @param percent the share of the member's requested shifts that goes, 1 to 100
	 * @return the job's id
	 * @throws InvalidWeekException when a stored week of the range breaks a rule of the interchange format; nothing is
	 *         queued
	 * @throws NoRequestsException when no week of the range has requests; nothing is queued
	 * @throws UnplannedWeeksException when a week of the range has requests but no stored plan; nothing is queued
	 * @throws IllegalArgumentException when the week does not start on a Monday, weeks is not 1 to
	 *         {@link SolvedWeeks#MAX_WEEKS}, the member is not in the week or the share is out of range
	 */
	public String startDeparture(LocalDate weekStart, int weeks, String memberId, int percent) {
		if (percent < 1 || percent > 100) {
			throw new IllegalArgumentException("share must be 1 to 100 %: " + percent);
		}
		if (members(weekStart).stream().noneMatch(member -> member.id().equals(memberId))) {
			throw new IllegalArgumentException("no member " + memberId + " in the week of " + weekStart);
		}
		return start(WhatIfKind.DEPARTURE, weekStart, weeks, (solved, job) -> {
			var result = Departure.of(solved, memberId, percent, solve(), job);
			return new Outcome("%s (%d %%)".formatted(result.member(), percent), result);
		});
	}

	/**
	 * The members of the week's problem, by name.
	 *
	 * @throws InvalidWeekException when the stored week breaks a rule of the interchange format
	 */
	public List<ProblemDocument.Member> members(LocalDate weekStart) {
		return planning.week(weekStart).members().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
				.toList();
	}

	/** Empty when there is no such job. */
	public Optional<AnalysisProgress> progress(String jobId) {
		return jobs.progress(jobId);
	}

	/**
	 * Stops an analysis: a queued one never starts, a running one stops its solve at once; nothing is stored.
	 *
	 * @return false when there is no such job
	 */
	public boolean cancel(String jobId) {
		return jobs.cancel(jobId);
	}

	/** The stored analyses of that kind on the week, the latest first. */
	public List<StoredAnalysis> analyses(WhatIfKind kind, LocalDate weekStart) {
		return analyses.findByKindAndWeekStartOrderByIdDesc(kind, weekStart).stream().map(this::stored).toList();
	}

	/** A stored analysis by id; empty when there is none. */
	public Optional<StoredAnalysis> analysis(long id) {
		return analyses.findById(id).map(this::stored);
	}

	private StoredAnalysis stored(WhatIfAnalysis analysis) {
		return new StoredAnalysis(Objects.requireNonNull(analysis.getId()), analysis.getKind(), analysis.getWeekStart(),
				analysis.getSubject(), analysis.getCreatedAt(), analysis.getCreatedBy(),
				Duration.ofSeconds(analysis.getSolveSeconds()), Duration.ofMillis(analysis.getElapsedMillis()),
				json.readValue(analysis.getResult(), analysis.getKind().resultType));
	}

	private WhatIfSolve solve() {
		return (copy, start) -> solver.solve(copy, start, properties.solveTime(), null, Locale.ROOT).plan();
	}

	// Checks the weeks with the caller's rights and reads their stored plans, refusing before queuing when a week with
	// requests has none: solved anew, the reference would differ from run to run, and so would the proposals. Solves
	// and stores on the job's thread, which has the caller's login.
	private String start(WhatIfKind kind, LocalDate weekStart, int weeks, Analysis analysis) {
		if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException(weekStart + " is not a Monday");
		}
		if (weeks < 1 || weeks > SolvedWeeks.MAX_WEEKS) {
			throw new IllegalArgumentException("weeks must be 1 to %d: %d".formatted(SolvedWeeks.MAX_WEEKS, weeks));
		}
		List<SolvedWeek> solved = new ArrayList<>();
		List<LocalDate> unplanned = new ArrayList<>();
		for (int before = weeks - 1; before >= 0; before--) {
			var monday = weekStart.minusWeeks(before);
			var stored = planning.storedPlan(monday);
			if (stored.isPresent()) {
				if (!stored.get().problem().requests().isEmpty()) {
					solved.add(new SolvedWeek(stored.get().problem(), stored.get().plan()));
				}
			} else if (!planning.week(monday).requests().isEmpty()) {
				unplanned.add(monday);
			}
		}
		if (!unplanned.isEmpty()) {
			throw new UnplannedWeeksException(unplanned);
		}
		if (solved.isEmpty()) {
			throw new NoRequestsException(weekStart, weeks);
		}
		var analysed = new SolvedWeeks(solved);
		// method security let a logged-in coordinator in
		var createdBy = currentUser.username().orElseThrow();
		return jobs.start(kind, weekStart, job -> {
			long started = System.nanoTime();
			var outcome = analysis.run(analysed, job);
			var subject = outcome.subject().isBlank()
					? null
					: outcome.subject().substring(0,
							Math.min(outcome.subject().length(), WhatIfAnalysis.SUBJECT_LENGTH));
			var stored = analyses.save(new WhatIfAnalysis(kind, weekStart, subject, LocalDateTime.now(clock), createdBy,
					(int) properties.solveTime().toSeconds(), Duration.ofNanos(System.nanoTime() - started).toMillis(),
					json.writeValueAsString(outcome.result())));
			return Objects.requireNonNull(stored.getId());
		});
	}

	@FunctionalInterface
	private interface Analysis {

		Outcome run(SolvedWeeks weeks, WhatIfJobs.Job job);

	}

	private record Outcome(String subject, WhatIfResult result) {
	}

	/**
	 * A stored analysis.
	 *
	 * @param weekStart the Monday of the last week of the range, the one the coordinator chose
	 * @param solveTime each what-if copy's solving time
	 * @param elapsed the whole analysis' time, from its start to its result stored
	 * @param result a {@link HiringScenarios.Result}, an {@link Amendments.Result} or a {@link Departure.Result}
	 */
	public record StoredAnalysis(long id, WhatIfKind kind, LocalDate weekStart, String subject, LocalDateTime createdAt,
			String createdBy, Duration solveTime, Duration elapsed, WhatIfResult result) {

		/** The Mondays of the weeks analysed, oldest first: the analysis' own week for one stored before ranges. */
		public List<LocalDate> weeks() {
			return result.weeks().isEmpty() ? List.of(weekStart) : result.weeks();
		}

	}

}
