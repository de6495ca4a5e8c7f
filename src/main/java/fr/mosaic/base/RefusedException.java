package fr.mosaic.base;

import java.util.List;

/**
 * A service call refused because it would break a business rule, with the i18n key of the sentence that says why and
 * its arguments, so each screen shows the service's own reason in the user's language. Nothing was changed.
 */
public class RefusedException extends RuntimeException {

	private final String key;

	private final List<Object> args;

	public RefusedException(String key, Object... args) {
		super(key + " " + List.of(args));
		this.key = key;
		this.args = List.of(args);
	}

	/** The i18n key of the reason. */
	public String key() {
		return key;
	}

	/** The arguments of the reason's message. */
	public Object[] args() {
		return args.toArray();
	}

}
