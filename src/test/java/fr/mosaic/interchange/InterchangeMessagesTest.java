package fr.mosaic.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class InterchangeMessagesTest {

	@Test
	void frenchAndEnglishBundlesHoldTheSameValidErrorMessages() throws IOException {
		var french = load("translations.properties");
		var english = load("translations_en.properties");

		assertThat(keys(english)).isNotEmpty().isEqualTo(keys(french));
		for (var key : keys(french)) {
			// A broken pattern (a lone apostrophe in French) would only fail when the error occurs.
			new MessageFormat(french.getProperty(key), Locale.FRENCH);
			new MessageFormat(english.getProperty(key), Locale.ENGLISH);
		}
	}

	private static Set<String> keys(Properties bundle) {
		var keys = new TreeSet<String>();
		bundle.stringPropertyNames().stream().filter(key -> key.startsWith(ProblemError.KEY_PREFIX)).forEach(keys::add);
		return keys;
	}

	private static Properties load(String file) throws IOException {
		var properties = new Properties();
		try (var in = InterchangeMessagesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
