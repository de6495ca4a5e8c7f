package fr.mosaic.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.mosaic.interchange.InvalidProblemException;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemError;

/**
 * A stored week that cannot be planned or reviewed: its problem, as exported, breaks a rule of
 * {@code docs/spec/interchange.md}, as older data may (a request window at a time the clocks skip). Holds every error,
 * each with its path in the exported problem and the request it is about.
 */
public class InvalidWeekException extends InvalidProblemException {

	private final transient ProblemDocument problem;

	InvalidWeekException(ProblemDocument problem, List<ProblemError> errors) {
		super(errors);
		this.problem = problem;
	}

	public LocalDate weekStart() {
		return problem.weekStart();
	}

	/** The id of the request an error is about, as the coordinator knows it; empty for other errors. */
	public Optional<String> requestOf(ProblemError error) {
		return error.requestIn(problem);
	}

}
