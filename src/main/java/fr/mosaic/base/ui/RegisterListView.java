package fr.mosaic.base.ui;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.data.domain.Pageable;

import fr.mosaic.base.BaseEntity;
import fr.mosaic.base.RegisterService;

/** A register screen whose grid and form go straight to the feature's {@link RegisterService}. */
public abstract class RegisterListView<T extends BaseEntity> extends EntityListView<T> {

	private final RegisterService<T> service;

	private final Supplier<T> newRecord;

	protected RegisterListView(Class<T> type, EntityForm<T> form, String prefix, RegisterService<T> service,
			Supplier<T> newRecord) {
		super(type, form, prefix);
		this.service = service;
		this.newRecord = newRecord;
	}

	@Override
	protected Stream<T> fetch(String filter, Pageable pageable) {
		return service.find(filter, pageable).stream();
	}

	@Override
	protected long count(String filter) {
		return service.count(filter);
	}

	@Override
	protected T newBean() {
		return newRecord.get();
	}

	@Override
	protected T reload(T bean) {
		return service.get(bean.getId());
	}

	@Override
	protected void store(T bean) {
		service.save(bean);
	}

	@Override
	protected void remove(T bean) {
		service.delete(bean);
	}

}
