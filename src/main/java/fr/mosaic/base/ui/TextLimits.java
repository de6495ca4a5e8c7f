package fr.mosaic.base.ui;

import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

import jakarta.validation.constraints.Size;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;

/**
 * Puts the {@code @Size} limit of an entity's text property on the field that edits it: the browser stops typing at the
 * limit, the field says when the limit is reached, and a longer value (pasted, or set by code) is refused on the field
 * with the entity's own message. The entity stays the single source of the rule.
 */
public final class TextLimits {

	private TextLimits() {
	}

	/** The property's {@code @Size} maximum, in characters, if it has one. */
	static OptionalInt maxLength(Class<?> type, String property) {
		var descriptor = new BeanValidator(type, property).getJavaxBeanValidator().getConstraintsForClass(type)
				.getConstraintsForProperty(property);
		if (descriptor == null) {
			return OptionalInt.empty();
		}
		return descriptor.getConstraintDescriptors().stream()
				.filter(constraint -> constraint.getAnnotation() instanceof Size)
				.mapToInt(constraint -> ((Size) constraint.getAnnotation()).max()).min();
	}

	/** Shows the limit on a field a {@link EntityBinder} binds; the binder's Bean Validation gives the message. */
	static void show(TextField field, int max) {
		field.setMaxLength(max);
		field.addValueChangeListener(event -> field.setHelperText(
				event.getValue().length() >= max ? field.getTranslation("base.text.limitReached", max) : null));
	}

	/**
	 * For a field no binder binds (a row of a list): shows the property's limit and returns its check, which marks the
	 * field invalid with the entity's message and answers whether the value may be stored.
	 */
	public static BooleanSupplier limit(TextField field, Class<?> type, String property) {
		maxLength(type, property).ifPresent(max -> show(field, max));
		// the field's own length check has no message of ours; the check below gives the entity's
		field.setManualValidation(true);
		var validator = new BeanValidator(type, property);
		return () -> {
			var result = validator.apply(field.getValue(), new ValueContext(field, field));
			field.setInvalid(result.isError());
			field.setErrorMessage(result.isError() ? result.getErrorMessage() : null);
			return !result.isError();
		};
	}

}
