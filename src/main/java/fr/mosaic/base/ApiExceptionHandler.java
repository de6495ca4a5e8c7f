package fr.mosaic.base;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns what Spring MVC refuses on its own (wrong method, wrong content type, a parameter of the wrong type) and every
 * {@link ApiException} into an {@link ApiError} with the real status. Applies to controller methods and to requests no
 * controller method takes, which are the API's only: the screens' requests reach Vaadin's servlet through a forwarding
 * controller that no controller advice applies to.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ApiErrors errors;

	ApiExceptionHandler(ApiErrors errors) {
		this.errors = errors;
	}

	@ExceptionHandler
	ResponseEntity<ApiError> refused(ApiException ex, HttpServletRequest request) {
		return errors.response(request, ex.status(), ex.key(), ex.args());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		var allowed = ex.getSupportedHttpMethods() == null ? Set.<HttpMethod>of() : ex.getSupportedHttpMethods();
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(allowed.toArray(HttpMethod[]::new))
				.contentType(MediaType.APPLICATION_JSON)
				.body(errors.body(request, HttpStatus.METHOD_NOT_ALLOWED, "api.error.methodNotAllowed", ex.getMethod(),
						allowed.stream().map(Object::toString).sorted().collect(Collectors.joining(", "))));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		var given = ex.getContentType() == null ? "-" : ex.getContentType().toString();
		return errors.response(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.unsupportedMediaType", given,
				MediaType.toString(ex.getSupportedMediaTypes()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return errors.response(request, HttpStatus.BAD_REQUEST, "api.error.badParameter", ex.getName(),
				String.valueOf(ex.getValue()));
	}

	/** Spring MVC's other refusals keep their status; anything else is the server's fault, logged. */
	@ExceptionHandler
	ResponseEntity<ApiError> other(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof AccessDeniedException) {
			throw ex; // answered by the security chain, as before any controller
		}
		if (ex instanceof ErrorResponse refusal) {
			return errors.response(request, refusal.getStatusCode(), "api.error.status",
					refusal.getStatusCode().value());
		}
		log.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return errors.response(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.error.internal");
	}

}
