package fr.mosaic.base.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Chooses an ISO week by its Monday: any day picked or typed becomes its week's Monday, which the field then shows,
 * with the week's number below it. Value change listeners only ever see a Monday.
 */
public class WeekField extends DatePicker {

	private boolean emptyAllowed = true;

	public WeekField(String label) {
		setLabel(label);
		setWeekNumbersVisible(true);
		Pickers.localize(this);
		addValueChangeListener(event -> showWeekNumber());
	}

	/** For a screen that always shows a week: clearing the field puts its week back. */
	public void refuseEmpty() {
		emptyAllowed = false;
	}

	/** The Monday of the day's ISO week. */
	public static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static @Nullable LocalDate mondayOrNull(@Nullable LocalDate day) {
		return day == null ? null : mondayOf(day);
	}

	@Override
	public void setValue(@Nullable LocalDate value) {
		if (value != null || emptyAllowed) {
			super.setValue(mondayOrNull(value));
		}
	}

	/** A day from the browser: kept as its Monday, and the browser shown that Monday instead. */
	@Override
	protected void setModelValue(@Nullable LocalDate value, boolean fromClient) {
		if (value == null && !emptyAllowed) {
			setPresentationValue(getValue());
			return;
		}
		var monday = mondayOrNull(value);
		super.setModelValue(monday, fromClient);
		if (!Objects.equals(monday, value)) {
			setPresentationValue(monday);
		}
	}

	private void showWeekNumber() {
		var monday = getValue();
		setHelperText(monday == null
				? null
				: getTranslation("base.week.number", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
						monday.get(IsoFields.WEEK_BASED_YEAR)));
	}

}
