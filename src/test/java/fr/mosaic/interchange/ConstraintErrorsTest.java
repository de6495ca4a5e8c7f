package fr.mosaic.interchange;

import static fr.mosaic.base.LabourLaw.MAX_WEEKLY_WORK_MINUTES;
import static fr.mosaic.interchange.InterchangeExamples.PLAN;
import static fr.mosaic.interchange.InterchangeExamples.errorsOf;
import static fr.mosaic.interchange.InterchangeExamples.object;
import static fr.mosaic.interchange.InterchangeExamples.problemWith;
import static fr.mosaic.interchange.InterchangeExamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/**
 * What a field needs on its own is a Bean Validation constraint of the document; each violation is reported at the
 * field's JSON path, with the invalid value and the annotation's limit, in French and English, among the errors of the
 * code checks in document order.
 */
class ConstraintErrorsTest {

	@Test
	void aValueOutOfRangeIsReportedAtItsPathWithTheValueAndTheLimit() {
		var error = onlyError(problemWith(tree -> object(tree, "/requests/2").put("count", 0)));

		assertThat(error.path()).isEqualTo("$.requests[2].count");
		assertThat(error.message(Locale.ENGLISH)).isEqualTo("must be at least 1, found 0");
		assertThat(error.message(Locale.FRENCH)).isEqualTo("doit être au moins 1, trouvé 0");
	}

	@Test
	void aLegalLimitIsTheLabourLawFigure() {
		var error = onlyError(problemWith(tree -> object(tree, "/workers/0").put("maxMinutes", 3000)));

		assertThat(error.path()).isEqualTo("$.workers[0].maxMinutes");
		assertThat(error.args()).containsExactly(3000, (long) MAX_WEEKLY_WORK_MINUTES);
		assertThat(error.message(Locale.FRENCH)).isEqualTo(
				"3000 minutes dépassent le maximum légal hebdomadaire de " + MAX_WEEKLY_WORK_MINUTES + " minutes");
	}

	@Test
	void aMissingFieldIsRequiredAtItsPath() {
		var error = onlyError(problemWith(tree -> object(tree, "/workers/1").remove("contractMinutes")));

		assertThat(error.path()).isEqualTo("$.workers[1].contractMinutes");
		assertThat(error.message(Locale.ENGLISH)).isEqualTo("is required");
		assertThat(error.message(Locale.FRENCH)).isEqualTo("obligatoire");
		assertThat(errorsOf(problemWith(tree -> object(tree, "/pinned/0").remove("start"))))
				.containsExactly("$.pinned[0].start: is required");
	}

	@Test
	void aBlankIdIsEmptyAtItsPathAndNotAlsoAnUnknownReference() {
		assertThat(errorsOf(problemWith(tree -> {
			object(tree, "/requests/0").put("member", " ");
			object(tree, "/travelMinutes/m2-s1").put("", 5);
		}))).containsExactly("$.requests[0].member: must not be empty",
				"$.travelMinutes['m2-s1']['']: must not be empty");
	}

	@Test
	void errorsComeInDocumentOrderTheTenthRequestAfterTheNinth() {
		assertThat(errorsOf(problemWith(tree -> {
			var requests = tree.withArray("requests");
			for (int r = 6; r <= 11; r++) {
				requests.add(object(tree, "/requests/4").deepCopy().put("id", "r" + r));
			}
			object(tree, "/requests/10").put("durationMinutes", 0);
			object(tree, "/requests/9").put("member", "m9");
			object(tree, "/requests/2").put("count", 0);
			object(tree, "/workers/0").put("name", "");
			object(tree, "/history/0").put("member", "m8");
			// the rows in the file's order, which is not the alphabet's
			object(tree, "/travelMinutes/m2-s2").put("m2-s1", -1);
			object(tree, "/travelMinutes").set("a-site", ((ObjectNode) tree.at("/travelMinutes/m2-s1")).deepCopy());
		}))).containsExactly("$.workers[0].name: must not be empty", "$.requests[2].count: must be at least 1, found 0",
				"$.requests[9].member: unknown member \"m9\"",
				"$.requests[10].durationMinutes: must be greater than 0, found 0",
				"$.history[0].member: unknown member \"m8\"",
				"$.travelMinutes['m2-s2']['m2-s1']: must not be negative, found -1",
				"$.travelMinutes['a-site']: unknown site \"a-site\"");
	}

	@Test
	void aPlanFieldOutOfRangeIsReportedAtItsPath() {
		var plan = InterchangeExamples.tree(text(PLAN));
		object(plan, "/shifts/1").put("index", -1);
		object(plan, "/workers/0").put("id", "");

		var thrown = catchThrowableOfType(InvalidProblemException.class, () -> new InterchangeJson()
				.readPlan(InterchangeExamples.TREES.writeValueAsString(plan), ZoneId.of("Europe/Paris")));

		assertThat(thrown.errors()).extracting(ProblemError::toString).containsExactly(
				"$.shifts[1].index: must not be negative, found -1", "$.workers[0].id: must not be empty");
		assertThat(thrown.errors().getFirst().message(Locale.FRENCH)).isEqualTo("ne doit pas être négatif, trouvé -1");
	}

	private static ProblemError onlyError(String problemJson) {
		var thrown = catchThrowableOfType(InvalidProblemException.class,
				() -> new InterchangeJson().readProblem(problemJson));
		assertThat(thrown).as("problem should be rejected").isNotNull();
		List<ProblemError> errors = thrown.errors();
		assertThat(errors).hasSize(1);
		return errors.getFirst();
	}

}
