package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * House rules the formatter cannot see: classes are imported rather than named in full, and enums are compared as
 * enums, not through their names.
 */
class SourceStyleTest {

	// A package path ending in a class name, in code: java.util.Locale, org.hibernate.Foo.
	private static final Pattern QUALIFIED_NAME = Pattern
			.compile("(?<![\\w.\"])(java|javax|jakarta|org|com|fr|ai)\\.[a-z]\\w*(\\.[a-z]\\w*)*\\.[A-Z]");

	private static final Pattern ENUM_BY_NAME = Pattern.compile("\\.name\\(\\)\\.equals\\(");

	// Two classes of one simple name in one file: one of them has to be written in full.
	private static final List<String> NAME_CLASHES = List
			.of("org.hibernate.exception.ConstraintViolationException violation");

	@Test
	void codeImportsClassesInsteadOfQualifyingThem() throws IOException {
		assertThat(codeLines().filter(line -> QUALIFIED_NAME.matcher(line.text()).find())
				.filter(line -> NAME_CLASHES.stream().noneMatch(line.text()::contains)).map(SourceLine::toString))
				.isEmpty();
	}

	@Test
	void enumsAreComparedAsEnums() throws IOException {
		assertThat(codeLines().filter(line -> ENUM_BY_NAME.matcher(line.text()).find()).map(SourceLine::toString))
				.isEmpty();
	}

	@Test
	void theRuleSeesAQualifiedName() {
		assertThat(QUALIFIED_NAME.matcher("var m = new java.util.LinkedHashMap<String, Integer>();").find()).isTrue();
		assertThat(QUALIFIED_NAME.matcher("import java.util.LinkedHashMap;").find()).isTrue();
		assertThat(QUALIFIED_NAME.matcher("var s = \"java.time.LocalDate.now()\";").find()).isFalse();
	}

	private record SourceLine(Path file, int number, String text) {

		@Override
		public String toString() {
			return file + ":" + number + ": " + text.strip();
		}

	}

	/** Lines of Java code in the main and test trees, without imports, package lines, comments and string literals. */
	private static Stream<SourceLine> codeLines() throws IOException {
		var lines = Stream.<SourceLine>builder();
		for (var root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
			try (var files = Files.walk(root)) {
				for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					var text = Files.readAllLines(file);
					for (int i = 0; i < text.size(); i++) {
						var line = text.get(i).strip();
						if (!line.startsWith("import ") && !line.startsWith("package ") && !line.startsWith("*")
								&& !line.startsWith("/*") && !line.startsWith("//")) {
							lines.add(new SourceLine(file, i + 1, withoutStrings(line)));
						}
					}
				}
			}
		}
		return lines.build();
	}

	private static String withoutStrings(String line) {
		return line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
	}

}
