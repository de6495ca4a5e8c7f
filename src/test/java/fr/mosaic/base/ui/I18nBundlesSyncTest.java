package fr.mosaic.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.mosaic.base.Translations;

/** French and English hold the same keys, Java passes no literal text to the screen, and every literal key exists. */
class I18nBundlesSyncTest {

	private static final Path SOURCES = Path.of("src/main/java");

	/** A non-empty string literal as first argument of a call that puts text on screen. */
	private static final Pattern LITERAL_TEXT = Pattern.compile(
			"(\\.setText|new Button|new Span|\\.setLabel|\\.setHeaderText|Notification\\.show)\\(\\s*\"(?!\")");

	private static final Pattern LITERAL_KEY = Pattern
			.compile("(getTranslation\\(|@Menu\\(title = |translate\\()\"([A-Za-z][\\w.]*[A-Za-z0-9])\"");

	@Test
	void frenchAndEnglishHoldTheSameKeys() throws IOException {
		var french = bundle("translations.properties");
		var english = bundle("translations_en.properties");

		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
		assertThat(french.stringPropertyNames()).allSatisfy(key -> {
			assertThat(french.getProperty(key)).as("French %s", key).isNotBlank();
			assertThat(english.getProperty(key)).as("English %s", key).isNotBlank();
		});
	}

	@Test
	void noTextShowsADoubledApostropheWhenReadWithoutArguments() throws IOException {
		for (var locale : Translations.LOCALES) {
			var keys = bundle(locale == Locale.ENGLISH ? "translations_en.properties" : "translations.properties")
					.stringPropertyNames();
			assertThat(keys).as("%s", locale)
					.allSatisfy(key -> assertThat(Translations.translate(key, locale)).as(key).doesNotContain("''"));
		}
	}

	@Test
	void noJavaSourcePutsLiteralTextOnScreen() throws IOException {
		assertThat(matches(LITERAL_TEXT, 0)).isEmpty();
	}

	@Test
	void everyLiteralKeyIsInTheBundles() throws IOException {
		var french = bundle("translations.properties");

		assertThat(matches(LITERAL_KEY, 2)).allSatisfy(found -> {
			var key = found.substring(found.lastIndexOf(' ') + 1);
			assertThat(french.stringPropertyNames()).as(found).contains(key);
		});
	}

	/** Each match as "file: group". */
	private static List<String> matches(Pattern pattern, int group) throws IOException {
		var found = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(SOURCES.relativize(file) + ": " + matcher.group(group));
				}
			}
		}
		return found;
	}

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = I18nBundlesSyncTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
