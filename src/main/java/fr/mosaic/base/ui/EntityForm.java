package fr.mosaic.base.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

import fr.mosaic.base.BaseEntity;

/**
 * What every edit form shares: Save, Delete and Cancel buttons, a line for errors that concern the whole record, and
 * the Save, Delete and Close events the view passes on to the service. Subclasses read the record into their fields and
 * write it back only when valid, so an abandoned edit changes nothing.
 */
public abstract class EntityForm<T extends BaseEntity> extends VerticalLayout {

	public final Button save = new Button();

	public final Button delete = new Button();

	public final Button cancel = new Button();

	/** Errors that belong to no single field (bound as the binder's status label). */
	public final Span status = new Span();

	private @Nullable T bean;

	protected EntityForm() {
		save.setText(getTranslation("base.form.save"));
		delete.setText(getTranslation("base.form.delete"));
		cancel.setText(getTranslation("base.form.cancel"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("form-save");
		delete.setId("form-delete");
		cancel.setId("form-cancel");
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		save.addClickListener(event -> save());
		delete.addClickListener(event -> {
			if (bean != null) {
				fireEvent(new DeleteEvent<>(this, bean));
			}
		});
		cancel.addClickListener(event -> fireEvent(new CloseEvent<>(this)));
		// several messages come one a line
		status.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");
		setPadding(false);
	}

	/** The buttons' row, for subclasses to place below their fields. */
	protected HorizontalLayout buttons() {
		return new HorizontalLayout(save, delete, cancel);
	}

	public void edit(T bean) {
		this.bean = bean;
		status.setText("");
		delete.setVisible(!bean.isNew());
		read(bean);
	}

	protected abstract void read(T bean);

	/** Writes the fields into the record if every field and cross-field rule holds; shows the errors otherwise. */
	protected abstract boolean writeIfValid(T bean);

	private void save() {
		if (bean != null && writeIfValid(bean)) {
			fireEvent(new SaveEvent<>(this, bean));
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
		return addListener(SaveEvent.class, (ComponentEventListener) listener);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Registration addDeleteListener(ComponentEventListener<DeleteEvent<T>> listener) {
		return addListener(DeleteEvent.class, (ComponentEventListener) listener);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Registration addCloseListener(ComponentEventListener<CloseEvent<T>> listener) {
		return addListener(CloseEvent.class, (ComponentEventListener) listener);
	}

	/** The record, written from valid fields, to store. */
	public static final class SaveEvent<T extends BaseEntity> extends ComponentEvent<EntityForm<T>> {

		private final T bean;

		SaveEvent(EntityForm<T> source, T bean) {
			super(source, false);
			this.bean = bean;
		}

		public T bean() {
			return bean;
		}

	}

	/** The record to delete, once the user confirms. */
	public static final class DeleteEvent<T extends BaseEntity> extends ComponentEvent<EntityForm<T>> {

		private final T bean;

		DeleteEvent(EntityForm<T> source, T bean) {
			super(source, false);
			this.bean = bean;
		}

		public T bean() {
			return bean;
		}

	}

	/** The user leaves the form without saving. */
	public static final class CloseEvent<T extends BaseEntity> extends ComponentEvent<EntityForm<T>> {

		CloseEvent(EntityForm<T> source) {
			super(source, false);
		}

	}

}
