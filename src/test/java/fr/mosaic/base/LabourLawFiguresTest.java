package fr.mosaic.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each legal figure is written once, in {@link LabourLaw}: a copy elsewhere would let the solver, the checker, the
 * validator, the forms and the messages drift apart. Comments may name a figure; code and translations may not.
 */
class LabourLawFiguresTest {

	private static final Path MAIN_JAVA = Path.of("src/main/java");

	private static final Path TRANSLATIONS = Path.of("src/main/resources/vaadin-i18n");

	// The figures in minutes (10, 11, 13, 35, 48 and 6 h), and the same hours written as a product.
	private static final Pattern FIGURE = Pattern
			.compile("(?<![\\w.])(600|660|780|2100|2880|360)(?![\\w.])|(?<![\\w.])(10|11|13|35|48|6) \\* 60\\b");

	// "/* ... */" and "// ..." comments; string literals are kept, a figure in a message is a copy too.
	private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

	@Test
	void legalFiguresAppearOnlyInLabourLaw() {
		assertThat(offences(MAIN_JAVA, ".java")).isEmpty();
	}

	@Test
	void translationsTakeLegalFiguresAsArguments() {
		assertThat(offences(TRANSLATIONS, ".properties")).isEmpty();
	}

	@Test
	void aStrayFigureIsFound() {
		assertThat(figures("int cap = 2880; // 2880 is fine here")).containsExactly("2880");
		assertThat(figures("int rest = 35 * 60;")).containsExactly("35 * 60");
		assertThat(figures("/** 600 minutes */ int step = 1600;")).isEmpty();
	}

	private static List<String> offences(Path root, String suffix) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(file -> file.toString().endsWith(suffix))
					.filter(file -> !file.getFileName().toString().equals("LabourLaw.java"))
					.flatMap(file -> figures(read(file)).stream().map(figure -> root.relativize(file) + ": " + figure))
					.toList();
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> figures(String source) {
		Matcher matcher = FIGURE.matcher(COMMENT.matcher(source).replaceAll(""));
		return matcher.results().map(result -> result.group()).toList();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
