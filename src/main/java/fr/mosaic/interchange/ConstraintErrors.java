package fr.mosaic.interchange;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

/**
 * Checks the Bean Validation constraints of a {@link ProblemDocument} or {@link PlanDocument} and turns each violation
 * into a {@link ProblemError} with the JSON path of the field ({@code $.requests[0].windows[1].start}). The command
 * line checks files without a Spring context, so the validator is built here, the same way for every caller.
 */
final class ConstraintErrors {

	/** The key of a constraint whose annotation names no {@code interchange.error.} key of its own. */
	private static final Map<Class<? extends Annotation>, String> GENERAL_KEYS = Map.of(NotNull.class, "required",
			NotBlank.class, "empty", NotEmpty.class, "empty", Positive.class, "notPositive", PositiveOrZero.class,
			"negative", Min.class, "atLeast", DecimalMin.class, "atLeast", Max.class, "atMost", Range.class, "between",
			Size.class, "size");

	/** The attributes of an annotation that a message may show, as arguments {1}, {2} after the invalid value. */
	private static final List<String> LIMITS = List.of("value", "min", "max");

	// Messages are translated by ProblemError in the reader's locale, not when the violation is found.
	private static final MessageInterpolator KEEP_TEMPLATE = new MessageInterpolator() {

		@Override
		public String interpolate(String template, Context context) {
			return template;
		}

		@Override
		public String interpolate(String template, Context context, Locale locale) {
			return template;
		}

	};

	private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
			.messageInterpolator(KEEP_TEMPLATE).buildValidatorFactory().getValidator();

	private ConstraintErrors() {
	}

	/** One error for each violated constraint, ordered by path then key (the validator's order is none). */
	static List<ProblemError> of(Object document) {
		return VALIDATOR.validate(document).stream().map(ConstraintErrors::error)
				.sorted(Comparator.comparing(ProblemError::path).thenComparing(ProblemError::key)).toList();
	}

	private static ProblemError error(ConstraintViolation<?> violation) {
		var template = violation.getMessageTemplate();
		var key = template.startsWith("{" + ProblemError.KEY_PREFIX) && template.endsWith("}")
				? template.substring(1, template.length() - 1)
				: ProblemError.KEY_PREFIX + GENERAL_KEYS.getOrDefault(
						violation.getConstraintDescriptor().getAnnotation().annotationType(), "invalidValue");
		return new ProblemError(jsonPath(violation.getPropertyPath()), key, arguments(violation));
	}

	/**
	 * The invalid value ({0}: a number, or the size of a list), then the limits of the annotation ({1}, {2}): its
	 * {@code value} for {@code @Min}, {@code @Max} and {@code @DecimalMin}, its {@code min} and {@code max} for
	 * {@code @Range} and {@code @Size}. A missing value is no argument.
	 */
	private static List<Object> arguments(ConstraintViolation<?> violation) {
		var arguments = new ArrayList<Object>();
		switch (violation.getInvalidValue()) {
			case Number number -> arguments.add(number);
			case Collection<?> list -> arguments.add(list.size());
			case null, default -> {
			}
		}
		var attributes = violation.getConstraintDescriptor().getAttributes();
		for (var name : LIMITS) {
			switch (attributes.get(name)) {
				case Number limit -> arguments.add(limit);
				case String decimal -> arguments.add(new BigDecimal(decimal)); // @DecimalMin("1")
				case null, default -> {
				}
			}
		}
		return arguments;
	}

	/** {@code workers[3].contractMinutes} as {@code $.workers[3].contractMinutes}; map keys in brackets. */
	static String jsonPath(Path propertyPath) {
		var path = JsonPaths.ROOT;
		for (var node : propertyPath) {
			if (node.isInIterable()) {
				path = node.getKey() != null
						? JsonPaths.field(path, node.getKey().toString())
						: JsonPaths.index(path, node.getIndex());
			}
			if (node.getKind() == ElementKind.PROPERTY) {
				path = JsonPaths.field(path, node.getName());
			}
		}
		return path;
	}

}
