package fr.mosaic.interchange;

/**
 * Which shift of which request: the {@code request} and {@code index} pair by which problems, plans and pins name a
 * shift, written {@code r1#0} wherever it is one string (the solver's planning id, the validator's sentences).
 */
public record ShiftKey(String request, int index) {

	@Override
	public String toString() {
		return request + "#" + index;
	}

}
