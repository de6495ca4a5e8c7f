package fr.mosaic.request.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import fr.mosaic.base.ui.WeekField;

/** The week a screen shows: a week field that is never empty, with arrows to step a week. */
final class WeekPicker extends HorizontalLayout {

	final WeekField monday = new WeekField(getTranslation("request.week.label"));

	final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());

	final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());

	WeekPicker(LocalDate initial, Consumer<LocalDate> onChange) {
		monday.setValue(initial);
		monday.refuseEmpty();
		previous.setAriaLabel(getTranslation("request.week.previous"));
		next.setAriaLabel(getTranslation("request.week.next"));
		previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		previous.addClickListener(event -> monday.setValue(value().minusWeeks(1)));
		next.addClickListener(event -> monday.setValue(value().plusWeeks(1)));
		monday.addValueChangeListener(event -> onChange.accept(event.getValue()));
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		setSpacing(false);
		add(previous, monday, next);
	}

	LocalDate value() {
		return monday.getValue();
	}

}
