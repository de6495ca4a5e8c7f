package fr.mosaic.planning;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.InvalidProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Solving without the UI: post a problem, get a job id, poll its status, fetch its plan. */
@RestController
@RequestMapping(path = "/api/solve", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanningController {

	private final PlanningService planning;

	private final InterchangeJson json = new InterchangeJson();

	PlanningController(PlanningService planning) {
		this.planning = planning;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> solve(@RequestBody String problem,
			@RequestParam(required = false) @Nullable Integer seconds) {
		var jobId = planning.solve(json.readProblem(problem), seconds == null ? null : Duration.ofSeconds(seconds));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId));
	}

	@GetMapping("/{jobId}")
	ResponseEntity<PlanningService.JobStatus> status(@PathVariable String jobId) {
		return ResponseEntity.of(planning.status(jobId));
	}

	@GetMapping("/{jobId}/plan")
	ResponseEntity<String> plan(@PathVariable String jobId,
			@RequestHeader(name = "Accept-Language", required = false) @Nullable Locale locale) {
		return ResponseEntity.of(planning.plan(jobId, locale == null ? Locale.ROOT : locale).map(json::writePlan));
	}

	@DeleteMapping("/{jobId}")
	ResponseEntity<Void> stop(@PathVariable String jobId) {
		if (planning.status(jobId).isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		planning.stop(jobId);
		return ResponseEntity.noContent().build();
	}

	/** A bad problem gets every error with its JSON path, in the caller's language. */
	@ExceptionHandler(InvalidProblemException.class)
	ResponseEntity<Map<String, List<Map<String, String>>>> invalid(InvalidProblemException ex,
			@RequestHeader(name = "Accept-Language", required = false) @Nullable Locale locale) {
		var errors = ex.errors()
			.stream()
			.map(error -> Map.of("path", error.path(), "message",
					error.message(locale == null ? Locale.ROOT : locale)))
			.toList();
		return ResponseEntity.badRequest().body(Map.of("errors", errors));
	}

}
