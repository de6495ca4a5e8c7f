package fr.mosaic.base.ui;

import java.util.function.Supplier;

import fr.mosaic.base.BaseEntity;
import fr.mosaic.base.RegisterService;

/** A register screen whose grid and form go straight to the feature's {@link RegisterService}. */
public abstract class RegisterListView<T extends BaseEntity> extends EntityListView<T> {

	private final RegisterService<T> service;

	private final Supplier<T> newRecord;

	protected RegisterListView(Class<T> type, EntityForm<T> form, String prefix, RegisterService<T> service,
			Supplier<T> newRecord) {
		super(type, form, prefix, service);
		this.service = service;
		this.newRecord = newRecord;
	}

	/** Call at the end of the subclass constructor, once the grid's columns are set. */
	protected void startPaging() {
		startPaging(service);
	}

	@Override
	protected T newBean() {
		return newRecord.get();
	}

}
