package fr.mosaic.interchange;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The solver's answer for one week, as described by {@code docs/spec/interchange.md}. The constraints are what each
 * field needs on its own; whether the plan keeps the rules of its problem is the validator's to judge.
 */
@JsonPropertyOrder({ "weekStart", "score", "feasible", "shifts", "workers", "members" })
public record PlanDocument(@NotNull LocalDate weekStart, String score, boolean feasible, List<@Valid Shift> shifts,
		List<@Valid WorkerSummary> workers, List<@Valid MemberSummary> members) {

	public PlanDocument {
		shifts = ProblemDocument.orEmpty(shifts);
		workers = ProblemDocument.orEmpty(workers);
		members = ProblemDocument.orEmpty(members);
	}

	/**
	 * A covered shift has a worker, start and end; an uncovered one has only a reason. The end is the start plus the
	 * request's duration in elapsed minutes; a time the clocks repeat is written with its offset.
	 */
	@JsonPropertyOrder({ "request", "index", "worker", "start", "end", "pinned", "reason" })
	public record Shift(@NotBlank String request, @PositiveOrZero int index, @Nullable String worker,
			@Nullable WallTime start, @Nullable WallTime end,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean pinned,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason) {

		public boolean covered() {
			return worker != null && start != null;
		}
	}

	public record WorkerSummary(@NotBlank String id, @PositiveOrZero int workedMinutes,
			@PositiveOrZero int travelMinutes, @PositiveOrZero int members) {
	}

	public record MemberSummary(@NotBlank String id, @PositiveOrZero int requestedMinutes,
			@PositiveOrZero int coveredMinutes) {
	}

}
