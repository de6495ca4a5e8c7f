package fr.mosaic.base;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every REST API error: the HTTP status and its reason phrase, what is wrong in the caller's language, and
 * the request path; a refused problem file adds each of its errors with its JSON path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String path, @Nullable List<Detail> errors) {

	public ApiError {
		errors = errors == null ? null : List.copyOf(errors);
	}

	public ApiError withErrors(List<Detail> details) {
		return new ApiError(status, error, message, path, details);
	}

	/** One thing wrong inside the request body, at a JSON path such as {@code $.requests[0].count}. */
	public record Detail(String path, String message) {
	}

}
