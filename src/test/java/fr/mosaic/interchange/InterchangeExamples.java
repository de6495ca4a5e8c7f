package fr.mosaic.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The spec's worked example as test fixtures, and the tree edits that break it one way at a time. */
public final class InterchangeExamples {

	public static final String PROBLEM = "/interchange/small-problem.json";

	public static final String PLAN = "/interchange/small-plan.json";

	/** A plain mapper, independent of the one under test, to read and edit trees. */
	static final JsonMapper TREES = JsonMapper.builder().build();

	private InterchangeExamples() {
	}

	public static String text(String resource) {
		try (InputStream in = InterchangeExamples.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ObjectNode tree(String json) {
		return (ObjectNode) TREES.readTree(json);
	}

	/** The example problem after one edit of its tree, as JSON text. */
	public static String problemWith(Consumer<ObjectNode> edit) {
		var tree = tree(text(PROBLEM));
		edit.accept(tree);
		return TREES.writeValueAsString(tree);
	}

	public static ObjectNode object(ObjectNode tree, String pointer) {
		return (ObjectNode) tree.at(pointer);
	}

	/** The errors, in English, that reading the problem reports; fails if it reads cleanly. */
	static List<String> errorsOf(String problemJson) {
		var thrown = catchThrowableOfType(InvalidProblemException.class,
				() -> new InterchangeJson().readProblem(problemJson));
		assertThat(thrown).as("problem should be rejected").isNotNull();
		return thrown.errors().stream().map(ProblemError::toString).toList();
	}

	/** Same tree: same keys in the same order, same values, numbers compared by value (40 = 40.0). */
	public static void assertSameJson(JsonNode expected, JsonNode actual, String path) {
		if (expected.isNumber() && actual.isNumber()) {
			assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
		} else if (expected.isObject()) {
			assertThat(actual.isObject()).as(path + " is an object").isTrue();
			assertThat(List.copyOf(actual.propertyNames())).as(path + " keys")
					.containsExactlyElementsOf(expected.propertyNames());
			for (var name : expected.propertyNames()) {
				assertSameJson(expected.get(name), actual.get(name), path + "." + name);
			}
		} else if (expected.isArray()) {
			assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				assertSameJson(expected.get(i), actual.get(i), path + "[" + i + "]");
			}
		} else {
			assertThat(actual).as(path).isEqualTo(expected);
		}
	}

}
