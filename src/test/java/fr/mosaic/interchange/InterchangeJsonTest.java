package fr.mosaic.interchange;

import static fr.mosaic.interchange.InterchangeExamples.PLAN;
import static fr.mosaic.interchange.InterchangeExamples.PROBLEM;
import static fr.mosaic.interchange.InterchangeExamples.assertSameJson;
import static fr.mosaic.interchange.InterchangeExamples.errorsOf;
import static fr.mosaic.interchange.InterchangeExamples.object;
import static fr.mosaic.interchange.InterchangeExamples.problemWith;
import static fr.mosaic.interchange.InterchangeExamples.text;
import static fr.mosaic.interchange.InterchangeExamples.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class InterchangeJsonTest {

	private final InterchangeJson json = new InterchangeJson();

	@Test
	void problemSurvivesARoundTripUnchanged() throws IOException {
		ProblemDocument original;
		try (var in = getClass().getResourceAsStream(PROBLEM)) {
			original = json.readProblem(in);
		}
		var written = json.writeProblem(original);

		assertThat(json.readProblem(written)).isEqualTo(original);
		assertSameJson(tree(text(PROBLEM)), tree(written), "$");
	}

	@Test
	void planSurvivesARoundTripUnchanged() {
		var original = json.readPlan(text(PLAN));
		var written = json.writePlan(original);

		assertThat(json.readPlan(written)).isEqualTo(original);
		assertSameJson(tree(text(PLAN)), tree(written), "$");
		assertThat(written).isEqualToIgnoringNewLines(text(PLAN)); // also the layout: two spaces, "key": value
	}

	@Test
	void uncoveredShiftIsWrittenWithNullsAndItsReasonAndCoveredOneWithPinned() {
		var plan = new PlanDocument(LocalDate.of(2026, 11, 23), "0hard/-240medium/0soft", true,
				List.of(new PlanDocument.Shift("r1", 0, "w1", WallTime.of(LocalDateTime.of(2026, 11, 23, 8, 0)),
						WallTime.of(LocalDateTime.of(2026, 11, 23, 12, 0)), null, null),
						new PlanDocument.Shift("r1", 1, null, null, null, null, "no available worker")),
				List.of(), List.of());

		var shifts = tree(json.writePlan(plan)).get("shifts");

		assertThat(List.copyOf(shifts.get(0).propertyNames())).containsExactly("request", "index", "worker", "start",
				"end", "pinned");
		assertThat(shifts.get(0).get("start").asString()).isEqualTo("2026-11-23T08:00");
		assertThat(shifts.get(0).get("pinned").asBoolean()).isFalse();
		assertThat(List.copyOf(shifts.get(1).propertyNames())).containsExactly("request", "index", "worker", "start",
				"end", "reason");
		assertThat(shifts.get(1).get("worker").isNull()).isTrue();
		assertThat(shifts.get(1).get("end").isNull()).isTrue();
	}

	@Test
	void aFileWithoutContractMembersMeansEveryMemberAndIsWrittenBackWithoutThem() {
		var older = problemWith(
				tree -> object(tree, "/workers/0").remove(List.of("contractMembers", "contractAmendedOn")));

		var problem = json.readProblem(older);
		var written = json.writeProblem(problem);

		var worker = problem.workers().getFirst();
		assertThat(worker.contractMembers()).isNull();
		assertThat(problem.members()).allSatisfy(member -> assertThat(worker.contractAllows(member.id())).isTrue());
		assertSameJson(tree(older), tree(written), "$");
	}

	@Test
	void contractMembersAreReadWithTheirAmendmentAndAnEmptyListAsEveryMember() {
		var worker = json.readProblem(text(PROBLEM)).workers().getFirst();
		assertThat(worker.contractMembers()).containsExactly("m1", "m2");
		assertThat(worker.contractAmendedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(worker.contractAllows("m3")).isFalse();

		var empty = json.readProblem(problemWith(tree -> object(tree, "/workers/0").putArray("contractMembers")));
		assertThat(empty.workers().getFirst().contractMembers()).isNull();
	}

	@Test
	void contractSitesAreOptionalReadAndWrittenBack() {
		// the example names none: every site, and nothing written
		var example = json.readProblem(text(PROBLEM)).workers().getFirst();
		assertThat(example.contractSites()).isNull();
		assertThat(example.contractAllowsSite("m2-s2")).isTrue();
		assertThat(tree(json.writeProblem(json.readProblem(text(PROBLEM)))).get("workers").get(0).has("contractSites"))
				.isFalse();

		var named = problemWith(tree -> {
			// in the format's order: before the amendment's date
			var worker = object(tree, "/workers/0");
			var amended = worker.remove("contractAmendedOn");
			worker.putArray("contractSites").add("m1-s1").add("m2-s1");
			worker.set("contractAmendedOn", amended);
		});
		var worker = json.readProblem(named).workers().getFirst();
		assertThat(worker.contractSites()).containsExactly("m1-s1", "m2-s1");
		assertThat(worker.contractAllowsSite("m2-s2")).isFalse();
		assertSameJson(tree(named), tree(json.writeProblem(json.readProblem(named))), "$");
		var empty = json.readProblem(problemWith(tree -> object(tree, "/workers/0").putArray("contractSites")));
		assertThat(empty.workers().getFirst().contractSites()).isNull();
	}

	@Test
	void absentTravelMatrixIsOmitted() {
		var problem = json.readProblem(problemWith(tree -> tree.remove("travelMinutes")));

		assertThat(tree(json.writeProblem(problem)).has("travelMinutes")).isFalse();
	}

	@Test
	void malformedJsonNamesLineAndColumn() {
		assertThat(
				errorsOf("{\n  \"weekStart\": \"2026-11-23\",\n  \"skills\": [ { \"id\": \"a\" \"name\": \"b\" } ]\n}"))
				.containsExactly("$.skills[0]: malformed JSON at line 3, column 27");
	}

	@Test
	void unknownFieldIsRejectedWithItsPath() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/workers/1").put("contractMinute", 600))))
				.containsExactly("$.workers[1].contractMinute: unknown field \"contractMinute\"");
	}

	@Test
	void malformedTimeIsRejected() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/workers/1/availability/2").put("from", "8h00"))))
				.containsExactly("$.workers[1].availability[2].from: \"8h00\" is not a time of the form HH:MM");
	}

	@Test
	void malformedDateIsRejected() {
		assertThat(errorsOf(problemWith(tree -> tree.put("weekStart", "2026-13-01"))))
				.containsExactly("$.weekStart: \"2026-13-01\" is not a date of the form YYYY-MM-DD");
	}

	@Test
	void malformedDateTimeIsRejected() {
		assertThat(
				errorsOf(problemWith(tree -> object(tree, "/requests/1/windows/1").put("start", "2026-11-24 13:00"))))
				.containsExactly(
						"$.requests[1].windows[1].start: \"2026-11-24 13:00\" is not a date and time of the form YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM+HH:MM");
	}

	@Test
	void unknownDayAndPriorityAreRejected() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/workers/1/availability/0").put("day", "LUNDI"))))
				.containsExactly("$.workers[1].availability[0].day: \"LUNDI\" is not a day (MONDAY to SUNDAY)");
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/3").put("priority", "URGENT"))))
				.containsExactly("$.requests[3].priority: \"URGENT\" is not a priority (CONTRACTED or EXTRA)");
	}

	@Test
	void numbersInQuotesAndFractionsAreNotCoerced() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/0").put("count", "2"))))
				.containsExactly("$.requests[0].count: expected a whole number");
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/0").put("durationMinutes", 240.5))))
				.containsExactly("$.requests[0].durationMinutes: expected a whole number");
		assertThat(errorsOf(problemWith(tree -> object(tree, "/skills/0").put("id", 7))))
				.containsExactly("$.skills[0].id: expected a text in quotes");
	}

	@Test
	void nullInsideAListIsRejected() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/workers/0").withArray("skills").addNull())))
				.containsExactly("$.workers[0].skills[2]: must not be null");
	}

	@Test
	void documentMustBeOneObject() {
		assertThat(errorsOf("[]")).containsExactly("$: expected an object");
		assertThat(errorsOf("null")).containsExactly("$: expected an object");
		assertThat(errorsOf("{} {}")).containsExactly("$: unexpected content after the end of the document");
	}

	@Test
	void duplicateFieldIsRejected() {
		assertThat(errorsOf("{ \"weekStart\": \"2026-11-23\", \"weekStart\": \"2026-11-30\" }"))
				.containsExactly("$.weekStart: field \"weekStart\" appears twice");
	}

}
