package fr.mosaic.base;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A REST API request refused with a status and a message key of the i18n bundles ({@code api.error.*}) with its
 * arguments, translated into the caller's language when the answer is written.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String key;

	private final List<Object> args;

	public ApiException(HttpStatus status, String key, Object... args) {
		super(key + " " + List.of(args));
		this.status = status;
		this.key = key;
		this.args = List.of(args);
	}

	public HttpStatus status() {
		return status;
	}

	public String key() {
		return key;
	}

	public Object[] args() {
		return args.toArray();
	}

}
