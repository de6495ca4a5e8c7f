package fr.mosaic.interchange;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Builds JSONPath strings such as {@code $.requests[0].windows[1].start} for error messages. */
final class JsonPaths {

	static final String ROOT = "$";

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private JsonPaths() {
	}

	static String field(String parent, String name) {
		// Map keys such as site ids ("m1-s1") are not plain names: use bracket notation.
		return PLAIN_NAME.matcher(name).matches()
				? parent + "." + name
				: parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
	}

	static String index(String parent, int index) {
		return parent + "[" + index + "]";
	}

	/** The index of the entry of a top-level list that a path points into: 3 for {@code $.requests[3].count}. */
	static OptionalInt indexIn(String path, String list) {
		var entry = Pattern.compile("\\$\\." + list + "\\[(\\d+)]").matcher(path);
		return entry.lookingAt() ? OptionalInt.of(Integer.parseInt(entry.group(1))) : OptionalInt.empty();
	}

}
