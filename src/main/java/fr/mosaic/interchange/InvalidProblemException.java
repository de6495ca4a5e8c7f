package fr.mosaic.interchange;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An interchange file that cannot be used: it is not JSON, does not fit the format, or breaks a rule of
 * {@code docs/spec/interchange.md}. Holds every error found, each naming its JSON path.
 */
public class InvalidProblemException extends RuntimeException {

	private final List<ProblemError> errors;

	public InvalidProblemException(List<ProblemError> errors) {
		super(errors.stream().map(ProblemError::toString).collect(Collectors.joining("\n")));
		this.errors = List.copyOf(errors);
	}

	public List<ProblemError> errors() {
		return errors;
	}

}
