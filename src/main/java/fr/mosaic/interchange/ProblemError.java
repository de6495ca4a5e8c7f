package fr.mosaic.interchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.mosaic.base.Translations;

/**
 * One thing wrong with an interchange file: where ({@code $.requests[0].member}), which message key, and the values the
 * message shows. Carries data, not prose, so each screen can translate it.
 */
public record ProblemError(String path, String key, List<Object> args) {

	static final String KEY_PREFIX = "interchange.error.";

	public ProblemError {
		args = List.copyOf(args);
	}

	/** An error of the interchange bundle, its key given without the {@code interchange.error.} prefix. */
	public static ProblemError of(String path, String shortKey, Object... args) {
		return new ProblemError(path, KEY_PREFIX + shortKey, List.of(args));
	}

	/** The message alone, without the path, in the given locale (French is the root bundle). */
	public String message(Locale locale) {
		return Translations.translate(key, locale, args.toArray());
	}

	/**
	 * The id of the request the error is about, for a coordinator who knows requests by id rather than by place in the
	 * file: a request's own ({@code $.requests[3]...}) or the one a pin holds ({@code $.pinned[0]...}).
	 */
	public Optional<String> requestIn(ProblemDocument problem) {
		var request = JsonPaths.indexIn(path, "requests");
		if (request.isPresent() && request.getAsInt() < problem.requests().size()) {
			return Optional.ofNullable(problem.requests().get(request.getAsInt()).id());
		}
		var pin = JsonPaths.indexIn(path, "pinned");
		if (pin.isPresent() && pin.getAsInt() < problem.pinned().size()) {
			return Optional.ofNullable(problem.pinned().get(pin.getAsInt()).request());
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return path + ": " + message(Locale.ENGLISH);
	}

}
