package fr.mosaic.base;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;

/** What the register's screens need of a feature's service: search, load, store and delete one kind of record. */
public interface RegisterService<T extends BaseEntity> {

	List<T> find(String filter, Pageable pageable);

	long count(String filter);

	/** The record as stored now, with everything its form edits loaded. */
	T get(long id);

	T save(@Valid T entity);

	/** Refuses, with what still refers to it, to delete a record other data needs. */
	void delete(T entity);

}
