package fr.mosaic.base;

import java.util.List;
import java.util.Optional;

/**
 * Lets a feature say it still refers to an entity of another feature, so that feature can refuse a delete that would
 * orphan data without depending on the features that refer to it.
 */
public interface ReferenceCheck<T> {

	Optional<Reference> referencesTo(T entity);

	/** How many rows of one kind (an i18n key) refer to the entity. */
	record Reference(String key, long count) {
	}

	/** Thrown when a delete is refused because other data still refers to the entity. */
	final class InUseException extends RuntimeException {

		private final List<Reference> references;

		public InUseException(List<Reference> references) {
			super("still referenced: " + references);
			this.references = List.copyOf(references);
		}

		public List<Reference> references() {
			return references;
		}

	}

	/** A reference when {@code count} rows refer to the entity, none otherwise. */
	static Optional<Reference> counted(String key, long count) {
		return count == 0 ? Optional.empty() : Optional.of(new Reference(key, count));
	}

	static <T> void refuseIfReferenced(T entity, List<? extends ReferenceCheck<T>> checks) {
		var references = checks.stream().flatMap(check -> check.referencesTo(entity).stream()).toList();
		if (!references.isEmpty()) {
			throw new InUseException(references);
		}
	}

}
