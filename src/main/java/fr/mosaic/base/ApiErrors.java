package fr.mosaic.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers REST API errors as an {@link ApiError} in the caller's language (English when Accept-Language prefers it,
 * French otherwise): from controllers, from the security filters that refuse a request before any controller, and for
 * the errors the server itself renders at {@code /error}.
 */
@Component
public class ApiErrors {

	/** Every path under it belongs to the REST API. */
	public static final String PATH_PREFIX = "/api/";

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiErrors(LocaleResolver locales, JsonMapper json) {
		this.locales = locales;
		this.json = json;
	}

	public static boolean isApi(String path) {
		return path.startsWith(PATH_PREFIX);
	}

	/** The caller's language, as the API's controllers receive it. */
	public Locale locale(HttpServletRequest request) {
		return locales.resolveLocale(request);
	}

	/** The body for the request's path, with the message of an {@code api.error.*} key. */
	public ApiError body(HttpServletRequest request, String path, HttpStatusCode status, String key, Object... args) {
		var reason = HttpStatus.resolve(status.value());
		return new ApiError(status.value(), reason == null ? "" : reason.getReasonPhrase(),
				Translations.translate(key, locale(request), args), path, null);
	}

	public ApiError body(HttpServletRequest request, HttpStatusCode status, String key, Object... args) {
		return body(request, request.getRequestURI(), status, key, args);
	}

	public ResponseEntity<ApiError> response(HttpServletRequest request, HttpStatusCode status, String key,
			Object... args) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
				.body(body(request, status, key, args));
	}

	/**
	 * Writes the error straight into the response, for filters that answer before any controller. The status is set,
	 * not sent as an error: that would be rendered once more at {@code /error}.
	 */
	public void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		json.writeValue(response.getOutputStream(), body(request, status, key));
	}

}
