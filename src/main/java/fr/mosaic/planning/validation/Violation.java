package fr.mosaic.planning.validation;

import org.jspecify.annotations.Nullable;

/** One broken rule, with the worker and shift it concerns when there is one, explained in English. */
public record Violation(Rule rule, @Nullable String worker, @Nullable String request, @Nullable Integer index,
		String detail) {

	@Override
	public String toString() {
		return rule + (worker == null ? "" : " worker " + worker)
				+ (request == null ? "" : " shift " + request + "#" + index) + ": " + detail;
	}

}
