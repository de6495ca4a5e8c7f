package fr.mosaic.interchange;

import static fr.mosaic.interchange.InterchangeExamples.PROBLEM;
import static fr.mosaic.interchange.InterchangeExamples.errorsOf;
import static fr.mosaic.interchange.InterchangeExamples.object;
import static fr.mosaic.interchange.InterchangeExamples.problemWith;
import static fr.mosaic.interchange.InterchangeExamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProblemCheckerTest {

	@Test
	void workedExampleHasNoErrors() {
		assertThat(ProblemChecker.check(new InterchangeJson().readProblem(text(PROBLEM)))).isEmpty();
	}

	@Test
	void weekStartMustBeAMonday() {
		assertThat(errorsOf(problemWith(tree -> tree.put("weekStart", "2026-11-24"))))
				.contains("$.weekStart: 2026-11-24 is not a Monday");
	}

	@Test
	void timeZoneMustBeKnown() {
		assertThat(errorsOf(problemWith(tree -> tree.put("timeZone", "Europe/Lyon"))))
				.containsExactly("$.timeZone: unknown time zone \"Europe/Lyon\"");
	}

	@Test
	void requestMemberMustBeKnown() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/0").put("member", "m9"))))
				.containsExactly("$.requests[0].member: unknown member \"m9\"");
	}

	@Test
	void requestSiteMustBelongToItsMember() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/0").put("site", "m2-s1"))))
				.containsExactly("$.requests[0].site: site \"m2-s1\" belongs to member \"m2\", not to \"m1\"");
	}

	@Test
	void workerSkillMustBeKnown() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/workers/2").withArray("skills").add("plumbing"))))
				.containsExactly("$.workers[2].skills[2]: unknown skill \"plumbing\"");
	}

	@Test
	void contractMembersMustBeKnown() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/workers/0").withArray("contractMembers").add("m9"))))
				.containsExactly("$.workers[0].contractMembers[2]: unknown member \"m9\"");
	}

	@Test
	void contractSitesMustBeKnownSites() {
		assertThat(errorsOf(problemWith(
				tree -> object(tree, "/workers/0").putArray("contractSites").add("m1-s1").add("m2").add("m9-s1"))))
				.containsExactly("$.workers[0].contractSites[1]: unknown site \"m2\"",
						"$.workers[0].contractSites[2]: unknown site \"m9-s1\"");
	}

	@Test
	void idsAreUniqueWithinTheirListAndSitesAcrossMembers() {
		assertThat(errorsOf(problemWith(tree -> {
			object(tree, "/workers/2").put("id", "w1");
			object(tree, "/members/2/sites/0").put("id", "m1-s1");
		}))).contains("$.members[2].sites[0].id: duplicate id \"m1-s1\", already used at $.members[0].sites[0]",
				"$.workers[2].id: duplicate id \"w1\", already used at $.workers[0]");
	}

	@Test
	void windowMustEndAfterItStarts() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/1/windows/1").put("end", "2026-11-24T12:00"))))
				.containsExactly(
						"$.requests[1].windows[1].end: 2026-11-24T12:00 is not after the start 2026-11-24T13:00");
	}

	@Test
	void windowMustHoldTheWholeShift() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/0/windows/0").put("end", "2026-11-23T11:00"))))
				.containsExactly(
						"$.requests[0].windows[0]: window of 180 minutes is shorter than the duration of 240 minutes");
	}

	@Test
	void windowMustLieInsideTheWeek() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/3/windows/0").put("end", "2026-11-30T12:00"))))
				.containsExactly("$.requests[3].windows[0]: window 2026-11-27T08:00 to 2026-11-30T12:00 "
						+ "is not inside the week 2026-11-23T00:00 to 2026-11-30T00:00");
	}

	@Test
	void distinctDaysNeedEnoughWindowDays() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/1").put("count", 4))))
				.containsExactly("$.requests[1].count: 4 shifts on distinct days, but the windows offer only 3 day(s)");
	}

	@Test
	void negativeMinutesAreReported() {
		assertThat(errorsOf(problemWith(tree -> {
			object(tree, "/history/0").put("minutes", -60);
			object(tree, "/requests/4").put("durationMinutes", -240);
			object(tree, "/travelMinutes/m2-s1").put("m2-s2", -5);
		}))).containsExactly("$.requests[4].durationMinutes: must be greater than 0, found -240",
				"$.history[0].minutes: must not be negative, found -60",
				"$.travelMinutes['m2-s1']['m2-s2']: must not be negative, found -5");
	}

	@Test
	void pinIndexMustBeAShiftOfTheRequest() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/pinned/0").put("index", 1)))).containsExactly(
				"$.pinned[0].index: index 1 is out of range: request \"r1\" has 1 shift(s), indexes 0 to 0");
	}

	@Test
	void pinStartMustBeAnAllowedStart() {
		assertThat(errorsOf(problemWith(tree -> {
			object(tree, "/pinned/0").put("request", "r3").put("worker", "w2").put("start", "2026-11-23T07:30");
		}))).containsExactly("$.pinned[0].start: start 2026-11-23T07:30 is not an allowed start of request \"r3\" "
				+ "(inside a window, on its 60-minute step)");
	}

	@Test
	void maxMinutesNeverAboveTheLegalWeek() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/workers/0").put("maxMinutes", 3000)))).containsExactly(
				"$.workers[0].maxMinutes: 3000 minutes is above the legal weekly maximum of 2880 minutes");
		assertThat(errorsOf(problemWith(tree -> object(tree, "/workers/1").put("maxMinutes", 1200))))
				.containsExactly("$.workers[1].maxMinutes: maxMinutes 1200 is below contractMinutes 1440");
	}

	@Test
	void everyErrorIsReportedTogetherInDocumentOrder() {
		assertThat(errorsOf(problemWith(tree -> {
			tree.put("weekStart", "2026-11-22");
			object(tree, "/travel").put("speedKmh", 0);
			object(tree, "/members/1/sites/1").put("lat", 91.5);
			object(tree, "/workers/2").remove("name");
			object(tree, "/requests/2").put("skill", "cooking").putArray("windows");
			object(tree, "/history/1").put("worker", "w7");
			object(tree, "/pinned/0").put("request", "r8");
		}))).containsExactly("$.weekStart: 2026-11-22 is not a Monday",
				"$.travel.speedKmh: must be greater than 0, found 0",
				"$.members[1].sites[1].lat: must be between -90 and 90, found 91.5",
				"$.workers[2].name: must not be empty", "$.requests[2].skill: unknown skill \"cooking\"",
				"$.requests[2].windows: at least one window is required", "$.history[1].worker: unknown worker \"w7\"",
				"$.pinned[0].request: unknown request \"r8\"");
	}

	@Test
	void anErrorNamesTheRequestItIsAboutForThoseWhoKnowRequestsById() {
		var problem = new InterchangeJson().readProblem(text(PROBLEM));

		assertThat(ProblemError.of("$.requests[2].windows[0].start", "required").requestIn(problem)).contains("r3");
		assertThat(ProblemError.of("$.pinned[0].start", "required").requestIn(problem)).contains("r1");
		assertThat(ProblemError.of("$.workers[2].name", "empty").requestIn(problem)).isEmpty();
		assertThat(ProblemError.of("$.requests[9].count", "required").requestIn(problem)).isEmpty();
	}

	@Test
	void messagesAreTranslatedWithFrenchAsTheRootBundle() {
		var error = ProblemError.of("$.requests[0].member", "unknownMember", "m9");

		assertThat(error.message(Locale.FRENCH)).isEqualTo("adhérent inconnu « m9 »");
		assertThat(error.message(Locale.ENGLISH)).isEqualTo("unknown member \"m9\"");
		assertThat(ProblemError.of("$.pinned[0].index", "pinIndexOutOfRange", 1, "r1", 1, 0).message(Locale.FRENCH))
				.isEqualTo("l'index 1 est hors limites : la demande « r1 » a 1 créneau(x), index 0 à 0");
	}

}
