package fr.mosaic.base.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A list of small records edited as rows (a weekly slot, a period of leave), with add and remove buttons; bound like
 * any field. Rows still incomplete are left out of the value and reported by {@link #allRowsComplete()}.
 */
public class RowsField<T> extends CustomField<List<T>> {

	/** One row's fields. */
	public interface Row<T> {

		Component component();

		/** The row's record, empty while a field is missing or the row contradicts itself. */
		Optional<T> value();

		void setValue(T value);

		void onChange(Runnable listener);

	}

	public final Button add = new Button(VaadinIcon.PLUS.create());

	private final VerticalLayout rows = new VerticalLayout();

	private final Supplier<? extends Row<T>> factory;

	public RowsField(String label, String addText, Supplier<? extends Row<T>> factory) {
		this.factory = factory;
		setLabel(label);
		setWidthFull();
		add.setText(addText);
		add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		add.addClickListener(event -> {
			addRow();
			updateValue();
		});
		rows.setPadding(false);
		rows.setSpacing(false);
		var content = new VerticalLayout(rows, add);
		content.setPadding(false);
		add(content);
	}

	public List<Row<T>> rows() {
		return rows.getChildren().map(child -> rowOf(child)).toList();
	}

	public boolean allRowsComplete() {
		return rows().stream().allMatch(row -> row.value().isPresent());
	}

	@Override
	protected List<T> generateModelValue() {
		return rows().stream().flatMap(row -> row.value().stream()).toList();
	}

	@Override
	protected void setPresentationValue(List<T> values) {
		rows.removeAll();
		values.forEach(value -> addRow().setValue(value));
	}

	private Row<T> addRow() {
		var row = factory.get();
		var remove = new Button(VaadinIcon.TRASH.create());
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		remove.setAriaLabel(getTranslation("base.rows.remove"));
		remove.setTooltipText(getTranslation("base.rows.remove"));
		var line = new RowLine<>(row, remove);
		remove.addClickListener(event -> {
			rows.remove(line);
			updateValue();
		});
		row.onChange(this::updateValue);
		rows.add(line);
		return row;
	}

	@SuppressWarnings("unchecked")
	private Row<T> rowOf(Component child) {
		return ((RowLine<T>) child).row;
	}

	/** A row's fields and its remove button on one line. */
	private static final class RowLine<T> extends HorizontalLayout {

		private final Row<T> row;

		RowLine(Row<T> row, Button remove) {
			this.row = row;
			setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
			add(row.component(), remove);
		}

	}

}
