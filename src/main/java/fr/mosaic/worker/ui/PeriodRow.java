package fr.mosaic.worker.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.ui.Pickers;
import fr.mosaic.base.ui.RowsField;
import fr.mosaic.base.ui.TextLimits;
import fr.mosaic.worker.Unavailability;

/**
 * A period the worker cannot work; the end must come after the start, the reason keep to its length. One the worker
 * declared says so, and stays theirs when the coordinator corrects it.
 */
final class PeriodRow implements RowsField.Row<Unavailability> {

	final DateTimePicker start = Pickers.localize(new DateTimePicker());

	final DateTimePicker end = Pickers.localize(new DateTimePicker());

	final TextField reason = new TextField();

	/** Who declared the period, when the worker did. */
	final Span declared = new Span();

	private final HorizontalLayout layout = new HorizontalLayout(start, end, reason, declared);

	private @Nullable LocalDateTime declaredAt;

	private final BooleanSupplier reasonFits;

	PeriodRow() {
		start.setLabel(start.getTranslation("worker.form.unavailability.start"));
		end.setLabel(end.getTranslation("worker.form.unavailability.end"));
		reason.setLabel(reason.getTranslation("worker.form.unavailability.reason"));
		reasonFits = TextLimits.limit(reason, Unavailability.class, "reason");
		start.addClassName("period-start");
		end.addClassName("period-end");
		reason.addClassName("period-reason");
		declared.addClassName("period-declared");
		declared.setVisible(false);
		layout.setWrap(true);
	}

	@Override
	public Component component() {
		return layout;
	}

	@Override
	public Optional<Unavailability> value() {
		// checked first, so a reason too long is marked on its field whatever else is missing
		if (!reasonFits.getAsBoolean() || start.getValue() == null || end.getValue() == null
				|| !start.getValue().isBefore(end.getValue())) {
			return Optional.empty();
		}
		return Optional.of(new Unavailability(start.getValue(), end.getValue(),
				reason.getValue().isBlank() ? null : reason.getValue(), null, null, declaredAt));
	}

	@Override
	public void setValue(Unavailability value) {
		start.setValue(value.start());
		end.setValue(value.end());
		reason.setValue(value.reason() == null ? "" : value.reason());
		declaredAt = value.declaredAt();
		declared.setVisible(declaredAt != null);
		if (declaredAt != null) {
			declared.setText(declared.getTranslation("worker.form.unavailability.declared",
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
							.withLocale(UI.getCurrent() == null ? Locale.FRENCH : UI.getCurrent().getLocale())
							.format(declaredAt)));
		}
	}

	@Override
	public void onChange(Runnable listener) {
		start.addValueChangeListener(event -> listener.run());
		end.addValueChangeListener(event -> listener.run());
		reason.addValueChangeListener(event -> listener.run());
	}

}
