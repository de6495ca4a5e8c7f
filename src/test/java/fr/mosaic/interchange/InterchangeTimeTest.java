package fr.mosaic.interchange;

import static fr.mosaic.interchange.InterchangeExamples.errorsOf;
import static fr.mosaic.interchange.InterchangeExamples.object;
import static fr.mosaic.interchange.InterchangeExamples.tree;
import static fr.mosaic.planning.ClockChangeWeeks.FALL_BACK;
import static fr.mosaic.planning.ClockChangeWeeks.PARIS;
import static fr.mosaic.planning.ClockChangeWeeks.SPRING_FORWARD;
import static fr.mosaic.planning.ClockChangeWeeks.fridayNight;
import static fr.mosaic.planning.ClockChangeWeeks.plan;
import static fr.mosaic.planning.ClockChangeWeeks.problem;
import static fr.mosaic.planning.ClockChangeWeeks.request;
import static fr.mosaic.planning.ClockChangeWeeks.time;
import static fr.mosaic.planning.ClockChangeWeeks.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.ProblemDocument.Pin;

/** Reading, checking and writing the times of the spec's "Time: elapsed minutes, clock changes, midnight". */
class InterchangeTimeTest {

	private final InterchangeJson json = new InterchangeJson();

	@Test
	void aTimeTheClocksSkipIsRefusedWithTheFieldsPath() {
		var problem = problem(SPRING_FORWARD, List.of(),
				List.of(request("r1", 60, window("2026-03-29T02:30", "2026-03-29T06:00"))),
				List.of(new Pin("r1", 0, "w1", time("2026-03-29T02:00"))));

		var thrown = catchThrowableOfType(InvalidProblemException.class,
				() -> json.readProblem(json.writeProblem(problem)));

		assertThat(thrown.errors()).extracting(ProblemError::toString).containsExactly(
				"$.requests[0].windows[0].start: 2026-03-29T02:30 does not exist in time zone Europe/Paris: the clocks skip it",
				"$.pinned[0].start: 2026-03-29T02:00 does not exist in time zone Europe/Paris: the clocks skip it");
		assertThat(thrown.errors().getFirst().message(Locale.FRENCH))
				.isEqualTo("2026-03-29T02:30 n'existe pas dans le fuseau Europe/Paris : l'horloge saute cette heure");
	}

	@Test
	void aRepeatedTimeIsReadWithItsOffsetAndAnOffsetTheZoneHasNotIsRefused() {
		var problem = problem(FALL_BACK, List.of(),
				List.of(request("r1", 60, window("2026-10-25T00:00", "2026-10-25T06:00"))),
				List.of(new Pin("r1", 0, "w1", time("2026-10-25T02:30+01:00"))));
		var written = json.writeProblem(problem);

		assertThat(json.readProblem(written).pinned().getFirst().start())
				.isEqualTo(new WallTime(time("2026-10-25T02:30").local(), ZoneOffset.ofHours(1)));
		assertThat(errorsOf(written.replace("2026-10-25T02:30+01:00", "2026-10-25T02:30+05:00"))).containsExactly(
				"$.pinned[0].start: time zone Europe/Paris has no UTC offset +05:00 at 2026-10-25T02:30");
	}

	@Test
	void aPlanIsReadWithTheOffsetsOfItsZoneOnly() {
		var problem = problem(FALL_BACK, List.of(),
				List.of(request("r1", 60, window("2026-10-25T00:00", "2026-10-25T06:00"))), List.of());
		var written = json.writePlan(plan(problem, "2026-10-25T02:30+01:00", "2026-10-25T03:30"));

		assertThat(json.readPlan(written, PARIS).shifts().getFirst().start()).hasToString("2026-10-25T02:30+01:00");
		var thrown = catchThrowableOfType(InvalidProblemException.class,
				() -> json.readPlan(written.replace("+01:00", "+05:00"), PARIS));
		assertThat(thrown.errors()).extracting(ProblemError::toString).containsExactly(
				"$.shifts[0].start: time zone Europe/Paris has no UTC offset +05:00 at 2026-10-25T02:30");
	}

	@Test
	void anAvailabilityToOf2400Or0000RunsToTheEndOfTheDayAndIsWritten2400() {
		var problem = problem(FALL_BACK, fridayNight(),
				List.of(request("r1", 60, window("2026-10-23T22:00", "2026-10-24T04:00"))), List.of());
		var tree = tree(json.writeProblem(problem));

		assertThat(object(tree, "/workers/0/availability/0").get("to").asString()).isEqualTo("24:00");
		assertThat(object(tree, "/workers/0/availability/1").get("from").asString()).isEqualTo("00:00");
		object(tree, "/workers/0/availability/0").put("to", "00:00");
		var read = json.readProblem(InterchangeExamples.TREES.writeValueAsString(tree));
		assertThat(read.workers().getFirst().availability().getFirst().to()).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(read).isEqualTo(problem);
		object(tree, "/workers/0/availability/1").put("from", "24:00");
		assertThat(errorsOf(InterchangeExamples.TREES.writeValueAsString(tree)))
				.containsExactly("$.workers[0].availability[1].from: \"24:00\" is not a time of the form HH:MM");
	}

}
