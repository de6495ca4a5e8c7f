package fr.mosaic.interchange;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The solver's answer for one week, as described by {@code docs/spec/interchange.md}. */
@JsonPropertyOrder({ "weekStart", "score", "feasible", "shifts", "workers", "members" })
public record PlanDocument(LocalDate weekStart, String score, boolean feasible, List<Shift> shifts,
		List<WorkerSummary> workers, List<MemberSummary> members) {

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
	public record Shift(String request, int index, @Nullable String worker, @Nullable WallTime start,
			@Nullable WallTime end, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean pinned,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason) {

		public boolean covered() {
			return worker != null && start != null;
		}
	}

	public record WorkerSummary(String id, int workedMinutes, int travelMinutes, int members) {
	}

	public record MemberSummary(String id, int requestedMinutes, int coveredMinutes) {
	}

}
