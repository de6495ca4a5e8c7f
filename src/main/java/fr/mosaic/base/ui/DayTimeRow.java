package fr.mosaic.base.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * Day, from, to: a row of a weekly pattern or of a request's windows; "to" must come after "from". "To" offers the
 * quarter hours after "from" up to {@code 24:00}, the end of the day (held as midnight), and takes any other typed
 * {@code HH:MM}.
 */
public final class DayTimeRow implements RowsField.Row<DayTime> {

	private static final Duration STEP = Duration.ofMinutes(15);

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");

	public final Select<DayOfWeek> day = new Select<>();

	public final TimePicker from = Pickers.localize(new TimePicker());

	public final ComboBox<LocalTime> to = new ComboBox<>();

	private final HorizontalLayout layout = new HorizontalLayout(day, from, to);

	public DayTimeRow() {
		day.setItems(DayOfWeek.values());
		day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, locale()));
		day.setAriaLabel(day.getTranslation("base.rows.day"));
		from.setAriaLabel(from.getTranslation("base.rows.from"));
		to.setAriaLabel(to.getTranslation("base.rows.to"));
		from.setPlaceholder(from.getTranslation("base.rows.from"));
		to.setPlaceholder(to.getTranslation("base.rows.to"));
		from.setStep(STEP);
		var ends = to.setItems(ends());
		from.addValueChangeListener(event -> ends.setFilter(end -> isAfterFrom(end)));
		to.setItemLabelGenerator(DayTime::end);
		to.setAllowCustomValue(true);
		to.addCustomValueSetListener(event -> parseEnd(event.getDetail()).ifPresent(to::setValue));
		day.addClassName("row-day");
		from.addClassName("row-from");
		to.addClassName("row-to");
		day.setWidth("10em");
		from.setWidth("7em");
		to.setWidth("7em");
	}

	// 00:15 to 23:45, then midnight, which as an end is 24:00
	private static List<LocalTime> ends() {
		List<LocalTime> ends = new ArrayList<>();
		for (var end = LocalTime.MIN.plus(STEP); !end.equals(LocalTime.MIDNIGHT); end = end.plus(STEP)) {
			ends.add(end);
		}
		ends.add(LocalTime.MIDNIGHT);
		return ends;
	}

	private boolean isAfterFrom(LocalTime end) {
		return from.getValue() == null || end.equals(LocalTime.MIDNIGHT) || end.isAfter(from.getValue());
	}

	/** A typed end: {@code H:MM} or {@code HH:MM}, {@code 24:00} for the end of the day. */
	static Optional<LocalTime> parseEnd(String text) {
		var trimmed = text.strip();
		if (trimmed.equals(DayTime.END_OF_DAY)) {
			return Optional.of(LocalTime.MIDNIGHT);
		}
		try {
			return Optional.of(LocalTime.parse(trimmed, TYPED));
		} catch (DateTimeParseException ex) {
			return Optional.empty();
		}
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
		if (day.getValue() == null || from.getValue() == null || to.getValue() == null) {
			return Optional.empty();
		}
		return Optional.of(new DayTime(day.getValue(), from.getValue(), to.getValue())).filter(DayTime::isOrdered);
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
