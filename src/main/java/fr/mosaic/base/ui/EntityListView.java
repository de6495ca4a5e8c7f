package fr.mosaic.base.ui;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import fr.mosaic.base.BaseEntity;
import fr.mosaic.base.Records;
import fr.mosaic.base.RegisterService;

/**
 * A searchable grid beside its edit form: the shape of every register screen. The grid pages through the service with
 * the search text as filter; selecting a row reloads the record for the form; Save and Delete go to the service, a
 * delete only after confirmation, and a refusal is explained instead of failing.
 */
public abstract class EntityListView<T extends BaseEntity> extends VerticalLayout implements HasDynamicTitle {

	protected final Grid<T> grid;

	protected final TextField search = new TextField();

	protected final Button add = new Button(VaadinIcon.PLUS.create());

	protected final HorizontalLayout toolbar = new HorizontalLayout(search, add);

	protected final EntityForm<T> form;

	private final String prefix;

	private final Records<T> records;

	/**
	 * @param prefix the screen's i18n prefix ({@code member.list}): {@code .title}, {@code .add}, {@code .saved},
	 *        {@code .deleted}, {@code .conflict} follow it
	 */
	protected EntityListView(Class<T> type, EntityForm<T> form, String prefix, Records<T> records) {
		this.form = form;
		this.records = records;
		this.prefix = prefix;
		grid = new Grid<>(type, false);
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setSizeFull();
		search.setPlaceholder(getTranslation("base.list.search"));
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setClearButtonVisible(true);
		search.setId("list-search");
		add.setId("list-add");
		search.setWidth("22em");
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.addValueChangeListener(event -> refresh());
		add.setText(getTranslation(prefix + ".add"));
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add.addClickListener(event -> edit(newBean()));
		grid.asSingleSelect().addValueChangeListener(event -> {
			if (event.getValue() != null) {
				open(event.getValue());
			}
		});
		form.setVisible(false);
		form.setWidth("32em");
		form.getStyle().set("flex-shrink", "0");
		form.addSaveListener(event -> {
			if (ServiceCalls.attempt(this, prefix + ".conflict", () -> records.save(event.bean()))) {
				ServiceCalls.success(getTranslation(prefix + ".saved"));
				close();
			}
		});
		form.addDeleteListener(event -> confirmDelete(event.bean()));
		form.addCloseListener(event -> close());
		var content = new HorizontalLayout(grid, form);
		content.setSizeFull();
		content.setFlexGrow(1, grid);
		setSizeFull();
		add(toolbar, content);
	}

	/**
	 * Call at the end of the subclass constructor: the grid pages through the service, the search text as filter. No
	 * column is sortable, so the page carries no sort and the service's own order applies.
	 */
	protected void startPaging(RegisterService<T> service) {
		grid.setItems(
				query -> service.find(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) service.count(search.getValue()));
	}

	/**
	 * Call at the end of the subclass constructor, for a list small enough to hold (a week's requests): the grid shows
	 * the rows whose {@linkplain #describe description} contains the search text, in the list's order.
	 */
	protected void startPaging(Supplier<? extends List<T>> all) {
		grid.setItems(query -> matching(all.get()).skip(query.getOffset()).limit(query.getLimit()),
				query -> (int) matching(all.get()).count());
	}

	private Stream<T> matching(List<T> all) {
		var locale = getLocale();
		var needle = search.getValue().toLowerCase(locale);
		return all.stream().filter(bean -> needle.isBlank() || describe(bean).toLowerCase(locale).contains(needle));
	}

	protected abstract T newBean();

	/** The delete confirmation's question, « Supprimer « … » ? » unless the screen words it its own way. */
	protected String deleteHeader(T bean) {
		return getTranslation("base.delete.confirm.header", describe(bean));
	}

	/** What the delete confirmation says deleting does. */
	protected String deleteText(T bean) {
		return getTranslation("base.delete.confirm.text");
	}

	/** How the delete confirmation and the search name the record. */
	protected String describe(T bean) {
		return bean.toString();
	}

	protected void refresh() {
		grid.getDataProvider().refreshAll();
	}

	private void open(T row) {
		try {
			edit(records.get(row.getId()));
		} catch (NoSuchElementException ex) {
			// deleted by someone else since the grid was loaded
			ServiceCalls.error(getTranslation(prefix + ".conflict"));
			close();
		}
	}

	protected void edit(T bean) {
		form.edit(bean);
		form.setVisible(true);
	}

	protected void close() {
		form.setVisible(false);
		grid.asSingleSelect().clear();
		refresh();
	}

	private void confirmDelete(T bean) {
		var dialog = new ConfirmDialog();
		dialog.setHeader(deleteHeader(bean));
		dialog.setText(deleteText(bean));
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("base.form.cancel"));
		// the form's own word: « Supprimer », or « Retirer » where deleting is a withdrawal
		dialog.setConfirmText(form.delete.getText());
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(event -> {
			if (ServiceCalls.attempt(this, prefix + ".conflict", () -> records.delete(bean))) {
				ServiceCalls.success(getTranslation(prefix + ".deleted"));
				close();
			}
		});
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation(prefix + ".title");
	}

}
