package fr.mosaic.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.mosaic.member.Member;

/** META-INF/validation.xml points every validator at the vaadin-i18n bundles, French unless English is asked for. */
class ValidationMessageInterpolatorTest {

	private final Locale jvmDefault = Locale.getDefault();

	@AfterEach
	void restoreDefaultLocale() {
		Locale.setDefault(jvmDefault);
	}

	@Test
	void frenchStaysFrenchOnAnEnglishMachine() {
		Locale.setDefault(Locale.US);

		assertThat(message(Locale.FRENCH)).isEqualTo("Le nom est obligatoire");
		assertThat(message(Locale.GERMAN)).isEqualTo("Le nom est obligatoire");
		assertThat(message(Locale.UK)).isEqualTo("The name is required");
	}

	@Test
	void defaultFactoryUsesTheBundles() {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			assertThat(factory.getMessageInterpolator()).isInstanceOf(ValidationMessageInterpolator.class);
		}
	}

	private static String message(Locale locale) {
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			var violation = factory.getValidator().validateProperty(new Member(), "name").iterator().next();
			return factory.getMessageInterpolator().interpolate(violation.getMessageTemplate(), new Context(violation),
					locale);
		}
	}

	private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

		@Override
		public ConstraintDescriptor<?> getConstraintDescriptor() {
			return violation.getConstraintDescriptor();
		}

		@Override
		public Object getValidatedValue() {
			return violation.getInvalidValue();
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			throw new UnsupportedOperationException();
		}

	}

}
