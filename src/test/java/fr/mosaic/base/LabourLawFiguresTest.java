package fr.mosaic.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

	private static final Pattern RULE_MESSAGE = Pattern
			.compile("^(planning\\.(?:rule|block|justification)\\.[^=]+)=(.*)$", Pattern.MULTILINE);

	// A number with a unit of the figures, not an argument's: "{3} min" is left alone.
	private static final Pattern WRITTEN_FIGURE = Pattern.compile("(?<![\\w{}])(\\d+) ?(?:h|min|jours|days)\\b");

	// The figures as the messages write them: hours, the break in minutes, days.
	private static final Set<String> LEGAL_FIGURES = Arrays.stream(LabourLaw.messageArguments()).map(String::valueOf)
			.collect(Collectors.toSet());

	@Test
	void legalFiguresAppearOnlyInLabourLaw() {
		assertThat(offences(MAIN_JAVA, ".java")).isEmpty();
	}

	@Test
	void translationsTakeLegalFiguresAsArguments() {
		assertThat(offences(TRANSLATIONS, ".properties")).isEmpty();
	}

	@Test
	void ruleMessagesTakeLegalFiguresAsArguments() {
		assertThat(writtenFiguresIn(TRANSLATIONS)).isEmpty();
	}

	@Test
	void aFigureWrittenInARuleMessageIsFound() {
		assertThat(writtenFigures("""
				planning.justification.dailyWorkOf10Hours={0} dépasse de {3} min les 10 h de travail ce {1}
				planning.justification.breakAfter6Hours={0} works over {15} h without a 20 min break
				planning.justification.travelTime={0}: {1} min of travel, 24 h a day
				request.form.startStepMinutes.range=between 5 and 240 min, 10 h at most
				""")).containsExactly("planning.justification.dailyWorkOf10Hours 10 h",
				"planning.justification.breakAfter6Hours 20 min");
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

	// Each properties file's messages that state a rule or explain a breach of one, in the units they are read in.
	private static List<String> writtenFiguresIn(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(file -> file.toString().endsWith(".properties")).flatMap(
					file -> writtenFigures(read(file)).stream().map(figure -> root.relativize(file) + ": " + figure))
					.toList();
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// A legal figure written with its unit ("10 h", "20 min", "6 jours") in a rule's name, a blocking reason or a
	// penalty's explanation; other numbers (a 24 h day, a 5 min step) and other messages are not legal figures.
	private static List<String> writtenFigures(String properties) {
		return RULE_MESSAGE.matcher(properties).results()
				.flatMap(message -> WRITTEN_FIGURE.matcher(message.group(2)).results()
						.filter(figure -> LEGAL_FIGURES.contains(figure.group(1)))
						.map(figure -> message.group(1) + " " + figure.group()))
				.toList();
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
