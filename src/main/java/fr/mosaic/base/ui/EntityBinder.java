package fr.mosaic.base.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * The binder of every register form: Bean Validation on the entity, plus each text property's {@code @Size} limit shown
 * on its field (see {@link TextLimits}). Its status label shows every form-level error, one a line, where Vaadin's
 * shows the first validator's only.
 */
public class EntityBinder<T> extends BeanValidationBinder<T> {

	public EntityBinder(Class<T> type) {
		super(type);
	}

	@Override
	protected BindingBuilder<T, ?> configureBinding(BindingBuilder<T, ?> binding, PropertyDefinition<T, ?> definition) {
		if (binding.getField() instanceof TextField field) {
			TextLimits.maxLength(definition.getPropertyHolderType(), definition.getName()).ifPresent(max -> {
				TextLimits.show(field, max);
				// the field's own length check has no message of ours: the entity's @Size message says it
				binding.withDefaultValidator(false);
			});
		}
		return super.configureBinding(binding, definition);
	}

	@Override
	protected void handleBinderValidationStatus(BinderValidationStatus<T> binderStatus) {
		super.handleBinderValidationStatus(binderStatus);
		getStatusLabel().ifPresent(label -> label.setText(binderStatus.getBeanValidationErrors().stream()
				.map(ValidationResult::getErrorMessage).collect(Collectors.joining("\n"))));
	}

}
