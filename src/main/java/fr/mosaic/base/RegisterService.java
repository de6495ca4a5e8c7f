package fr.mosaic.base;

import java.util.List;

import org.springframework.data.domain.Pageable;

/** What the register's screens need of a feature's service: search, load, store and delete one kind of record. */
public interface RegisterService<T extends BaseEntity> extends Records<T> {

	List<T> find(String filter, Pageable pageable);

	long count(String filter);

}
