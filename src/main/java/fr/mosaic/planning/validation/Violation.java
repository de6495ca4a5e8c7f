package fr.mosaic.planning.validation;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.ShiftKey;

/** One broken rule, with the worker and shift it concerns when there is one, explained in English. */
public record Violation(Rule rule, @Nullable String worker, @Nullable String request, @Nullable Integer index,
		String detail) {

	/**
	 * The breach as one line for a person: the worker, the shift, the rule in words with its Code du travail article
	 * when it has one, then the detail ({@code worker w1, shift r2#0, over 10 h of work in a day (Code du travail
	 * L3121-18): …}).
	 */
	public String sentence() {
		String article = rule.article();
		return (worker == null ? "" : "worker " + worker + ", ")
				+ (request == null ? "" : "shift " + shift(request) + ", ") + rule.words()
				+ (article == null ? "" : " (Code du travail " + article + ")") + ": " + detail;
	}

	// a pin may lack its index: the request alone then
	private String shift(String request) {
		return index == null ? request : new ShiftKey(request, index).toString();
	}

	@Override
	public String toString() {
		return rule + (worker == null ? "" : " worker " + worker) + (request == null ? "" : " shift " + shift(request))
				+ ": " + detail;
	}

}
