package fr.mosaic.request.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Chooses an ISO week by its Monday: any picked day snaps back to its Monday; arrows step a week. */
final class WeekPicker extends HorizontalLayout {

	final DatePicker monday = new DatePicker();

	final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());

	final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());

	WeekPicker(LocalDate initial, Consumer<LocalDate> onChange) {
		monday.setLabel(getTranslation("request.week.label"));
		monday.setValue(initial);
		monday.setWeekNumbersVisible(true);
		previous.setAriaLabel(getTranslation("request.week.previous"));
		next.setAriaLabel(getTranslation("request.week.next"));
		previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		previous.addClickListener(event -> monday.setValue(value().minusWeeks(1)));
		next.addClickListener(event -> monday.setValue(value().plusWeeks(1)));
		monday.addValueChangeListener(event -> {
			if (event.getValue() == null) {
				monday.setValue(event.getOldValue());
			}
			else if (event.getValue().getDayOfWeek() != DayOfWeek.MONDAY) {
				monday.setValue(mondayOf(event.getValue()));
			}
			else {
				showWeekNumber();
				onChange.accept(event.getValue());
			}
		});
		showWeekNumber();
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		setSpacing(false);
		add(previous, monday, next);
	}

	private void showWeekNumber() {
		monday.setHelperText(getTranslation("request.week.number", value().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
				value().get(IsoFields.WEEK_BASED_YEAR)));
	}

	LocalDate value() {
		return monday.getValue();
	}

	static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
