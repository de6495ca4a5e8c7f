package fr.mosaic.base.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

/** Day, from, to: a row of a weekly pattern or of a request's windows; "to" must come after "from". */
public final class DayTimeRow implements RowsField.Row<DayTime> {

	public final Select<DayOfWeek> day = new Select<>();

	public final TimePicker from = new TimePicker();

	public final TimePicker to = new TimePicker();

	private final HorizontalLayout layout = new HorizontalLayout(day, from, to);

	public DayTimeRow() {
		day.setItems(DayOfWeek.values());
		day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, locale()));
		day.setAriaLabel(day.getTranslation("base.rows.day"));
		from.setAriaLabel(from.getTranslation("base.rows.from"));
		to.setAriaLabel(to.getTranslation("base.rows.to"));
		from.setPlaceholder(from.getTranslation("base.rows.from"));
		to.setPlaceholder(to.getTranslation("base.rows.to"));
		from.setStep(Duration.ofMinutes(15));
		to.setStep(Duration.ofMinutes(15));
		day.setWidth("10em");
		from.setWidth("7em");
		to.setWidth("7em");
	}

	private static Locale locale() {
		var ui = UI.getCurrent();
		return ui == null ? Locale.FRENCH : ui.getLocale();
	}

	@Override
	public Component component() {
		return layout;
	}

	@Override
	public Optional<DayTime> value() {
		if (day.getValue() == null || from.getValue() == null || to.getValue() == null
				|| !from.getValue().isBefore(to.getValue())) {
			return Optional.empty();
		}
		return Optional.of(new DayTime(day.getValue(), from.getValue(), to.getValue()));
	}

	@Override
	public void setValue(DayTime value) {
		day.setValue(value.day());
		from.setValue(value.from());
		to.setValue(value.to());
	}

	@Override
	public void onChange(Runnable listener) {
		day.addValueChangeListener(event -> listener.run());
		from.addValueChangeListener(event -> listener.run());
		to.addValueChangeListener(event -> listener.run());
	}

}
