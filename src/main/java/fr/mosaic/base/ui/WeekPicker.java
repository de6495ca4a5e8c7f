package fr.mosaic.base.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The week a screen shows: a week field that is never empty, with arrows to step a week. */
public final class WeekPicker extends HorizontalLayout {

	public final WeekField monday;

	public final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());

	public final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());

	/**
	 * @param label the week field's label
	 * @param onChange told each Monday the screen is to show, not the initial one
	 */
	public WeekPicker(String label, LocalDate initial, Consumer<LocalDate> onChange) {
		monday = new WeekField(label);
		monday.setValue(initial);
		monday.refuseEmpty();
		step(previous, "base.week.previous", -1);
		step(next, "base.week.next", 1);
		monday.addValueChangeListener(event -> onChange.accept(event.getValue()));
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		setSpacing(false);
		add(previous, monday, next);
	}

	private void step(Button button, String label, int weeks) {
		button.setAriaLabel(getTranslation(label));
		button.setTooltipText(getTranslation(label));
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		button.addClickListener(event -> monday.setValue(value().plusWeeks(weeks)));
	}

	public LocalDate value() {
		return monday.getValue();
	}

}
