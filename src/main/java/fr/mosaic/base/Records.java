package fr.mosaic.base;

import java.util.function.Consumer;
import java.util.function.LongFunction;

import jakarta.validation.Valid;

/** Load, store and delete one kind of record: what an edit form needs of a service. */
public interface Records<T extends BaseEntity> {

	/**
	 * The record as stored now, with everything its form edits loaded.
	 *
	 * @throws java.util.NoSuchElementException when it was deleted meanwhile
	 */
	T get(long id);

	T save(@Valid T entity);

	/** Refuses, with what still refers to it, to delete a record other data needs. */
	void delete(T entity);

	/** Records from a service whose methods have other names (a feature holding two kinds of record). */
	static <T extends BaseEntity> Records<T> of(LongFunction<T> get, Consumer<T> save, Consumer<T> delete) {
		return new Records<>() {

			@Override
			public T get(long id) {
				return get.apply(id);
			}

			@Override
			public T save(T entity) {
				save.accept(entity);
				return entity;
			}

			@Override
			public void delete(T entity) {
				delete.accept(entity);
			}

		};
	}

}
