package fr.mosaic.base.ui;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;

/**
 * Runs an entity's cross-field Bean Validation rules (an {@code @AssertTrue} getter such as "maximum not below
 * contract") as a binder-level validator; {@code BeanValidationBinder} only checks the properties bound to fields.
 * Several broken rules give one message a line.
 */
public final class BeanLevelValidator extends BeanValidator {

	private final Set<String> properties;

	/** @param properties the names of the rules' getters as Bean Validation sees them ({@code maxAtLeastContract}) */
	public BeanLevelValidator(Class<?> beanType, String... properties) {
		super(beanType, properties[0]);
		this.properties = Set.of(properties);
	}

	@Override
	public ValidationResult apply(Object bean, ValueContext context) {
		var locale = context.getLocale().orElse(Locale.ROOT);
		var messages = getJavaxBeanValidator().validate(bean).stream()
				.filter(violation -> properties.contains(violation.getPropertyPath().toString()))
				.map(violation -> getMessage(violation, locale)).sorted()
				// one message a line: the form's status shows line breaks
				.collect(Collectors.joining("\n"));
		return messages.isEmpty() ? ValidationResult.ok() : ValidationResult.error(messages);
	}

}
