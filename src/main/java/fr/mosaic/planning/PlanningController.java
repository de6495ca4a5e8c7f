package fr.mosaic.planning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.mosaic.base.ApiError;
import fr.mosaic.base.ApiErrors;
import fr.mosaic.base.ApiException;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.InvalidProblemException;
import fr.mosaic.interchange.ProblemLimits;

/**
 * Solving without the UI: post a problem, get a job id, poll its status, fetch its plan, cancel it. Every refusal is an
 * {@link ApiError} in the caller's language (Accept-Language).
 */
@RestController
@RequestMapping(path = "/api/solve", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanningController {

	private final PlanningService planning;

	private final PlanningProperties properties;

	private final ApiErrors errors;

	private final InterchangeJson json = new InterchangeJson();

	PlanningController(PlanningService planning, PlanningProperties properties, ApiErrors errors) {
		this.planning = planning;
		this.properties = properties;
		this.errors = errors;
	}

	/**
	 * @param seconds the time limit, from 1 to {@code mosaic.planning.max-time-limit}; the default when absent
	 * @throws ApiException 413 when the body is over {@link ProblemLimits#DOCUMENT_BYTES}, 400 when it is empty or
	 *         {@code seconds} is out of range
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> solve(HttpServletRequest request,
			@RequestParam(required = false) @Nullable Integer seconds) throws IOException {
		var timeLimit = seconds == null ? null : Duration.ofSeconds(seconds);
		if (timeLimit != null && !properties.allows(timeLimit)) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "api.error.secondsOutOfRange", seconds,
					PlanningProperties.MIN_TIME_LIMIT.toSeconds(), properties.maxTimeLimit().toSeconds());
		}
		var problem = json.readProblem(body(request));
		var jobId = planning.solve(problem, timeLimit);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId));
	}

	@GetMapping("/{jobId}")
	PlanningService.JobStatus status(@PathVariable String jobId) {
		return planning.status(jobId).orElseThrow(() -> unknownJob(jobId));
	}

	/** The best plan so far, the final one once the job ended; reasons in the caller's language. */
	@GetMapping("/{jobId}/plan")
	String plan(@PathVariable String jobId, Locale locale) {
		return planning.plan(jobId, locale).map(json::writePlan).orElseThrow(() -> unknownJob(jobId));
	}

	/** Cancels the job: a queued one never starts, a running one stops; either ends CANCELLED. */
	@DeleteMapping("/{jobId}")
	ResponseEntity<Void> stop(@PathVariable String jobId) {
		if (!planning.stop(jobId)) {
			throw unknownJob(jobId);
		}
		return ResponseEntity.noContent().build();
	}

	/** A bad problem gets every error with its JSON path, in the caller's language. */
	@ExceptionHandler
	ResponseEntity<ApiError> invalid(InvalidProblemException ex, HttpServletRequest request, Locale locale) {
		var details = ex.errors().stream().map(error -> new ApiError.Detail(error.path(), error.message(locale)))
				.toList();
		var body = errors.body(request, HttpStatus.BAD_REQUEST, "api.error.invalidProblem", details.size());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body.withErrors(details));
	}

	// Read up to the limit and no further, so that a huge body never fills the heap; a declared length is refused
	// before anything is read.
	private static String body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > ProblemLimits.DOCUMENT_BYTES) {
			throw tooLarge();
		}
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes(ProblemLimits.DOCUMENT_BYTES + 1);
		}
		if (bytes.length > ProblemLimits.DOCUMENT_BYTES) {
			throw tooLarge();
		}
		if (bytes.length == 0) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "api.error.missingBody");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static ApiException tooLarge() {
		return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "api.error.bodyTooLarge", ProblemLimits.DOCUMENT_BYTES);
	}

	private static ApiException unknownJob(String jobId) {
		return new ApiException(HttpStatus.NOT_FOUND, "api.error.unknownJob", jobId);
	}

}
