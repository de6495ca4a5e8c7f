package fr.mosaic.base;

import jakarta.persistence.EntityManager;

/** Found by Spring Data by its name, for every repository that extends {@link MergingSave}. */
class MergingSaveImpl<T> implements MergingSave<T> {

	private final EntityManager entityManager;

	MergingSaveImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public T merge(T record) {
		return entityManager.merge(record);
	}

}
