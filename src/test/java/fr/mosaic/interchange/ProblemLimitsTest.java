package fr.mosaic.interchange;

import static fr.mosaic.interchange.InterchangeExamples.PROBLEM;
import static fr.mosaic.interchange.InterchangeExamples.TREES;
import static fr.mosaic.interchange.InterchangeExamples.errorsOf;
import static fr.mosaic.interchange.InterchangeExamples.object;
import static fr.mosaic.interchange.InterchangeExamples.problemWith;
import static fr.mosaic.interchange.InterchangeExamples.text;
import static fr.mosaic.interchange.InterchangeExamples.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/** A problem is refused, naming the path and the limit, before any shift is made of it; one at the limits reads. */
class ProblemLimitsTest {

	// The worked example has 8 shifts in 5 requests, 3 workers and 4 sites; request r4 (index 3) is a fixed slot.
	static final int EXAMPLE_SHIFTS_BUT_R4 = 7;

	@Test
	void aCountOfTwoBillionIsRefusedBeforeAnyShiftIsMade() {
		assertThat(errorsOf(problemWith(tree -> object(tree, "/requests/0").put("count", Integer.MAX_VALUE))))
				.containsExactly("$.requests: 2147483654 shifts in all, at most 20000 per problem",
						"$.requests[0].count: 2147483647 shifts, at most 14 per request");
	}

	@Test
	void aProblemAtEveryLimitIsRead() {
		var problem = new InterchangeJson().readProblem(atLimits(0));

		assertThat(problem.requests().stream().mapToInt(ProblemDocument.Request::count).sum())
				.isEqualTo(ProblemLimits.SHIFTS);
		assertThat(problem.workers()).hasSize(ProblemLimits.WORKERS);
		assertThat(problem.members().stream().mapToInt(m -> m.sites().size()).sum()).isEqualTo(ProblemLimits.SITES);
		assertThat(problem.requests().get(3).windows()).hasSize(ProblemLimits.WINDOWS_PER_REQUEST);
	}

	@Test
	void oneOverEachLimitIsRefusedWithItsPathAndTheLimit() {
		assertThat(errorsOf(atLimits(1))).containsExactly("$.members: 2001 sites in all, at most 2000 per problem",
				"$.workers: 2501 workers, at most 2500 per problem",
				"$.requests: 20001 shifts in all, at most 20000 per problem",
				"$.requests[3].count: 15 shifts, at most 14 per request",
				"$.requests[3].windows: 51 windows, at most 50 per request");
	}

	@Test
	void limitMessagesAreInFrenchToo() {
		var error = ProblemError.of("$.requests[0].count", "tooManyShiftsInRequest", 20, 14);

		assertThat(error.message(Locale.FRENCH)).isEqualTo("20 créneaux, au plus 14 par demande");
		assertThat(ProblemError.of("$.requests", "tooManyShifts", 20001L, 20000).message(Locale.FRENCH))
				.isEqualTo("20001 créneaux en tout, au plus 20000 par problème");
	}

	/** The worked example grown to every limit, plus {@code over} on each. */
	private static String atLimits(int over) {
		var tree = tree(text(PROBLEM));
		var requests = tree.withArray("requests");
		var fixedSlot = object(tree, "/requests/3");
		fixedSlot.put("count", ProblemLimits.SHIFTS_PER_REQUEST + over);
		var window = fixedSlot.withArray("windows").get(0);
		for (int w = 1; w < ProblemLimits.WINDOWS_PER_REQUEST + over; w++) {
			fixedSlot.withArray("windows").add(window.deepCopy());
		}
		var remaining = ProblemLimits.SHIFTS - EXAMPLE_SHIFTS_BUT_R4 - ProblemLimits.SHIFTS_PER_REQUEST;
		for (int r = 6; remaining > 0; r++) {
			var count = Math.min(remaining, ProblemLimits.SHIFTS_PER_REQUEST);
			requests.add(copy(object(tree, "/requests/4"), "r" + r).put("count", count));
			remaining -= count;
		}
		var workers = tree.withArray("workers");
		for (int w = 4; w <= ProblemLimits.WORKERS + over; w++) {
			workers.add(copy(object(tree, "/workers/0"), "w" + w));
		}
		var sites = object(tree, "/members/2").withArray("sites");
		for (int s = 2; s <= ProblemLimits.SITES - 3 + over; s++) {
			sites.add(copy((ObjectNode) sites.get(0), "m3-s" + s));
		}
		return TREES.writeValueAsString(tree);
	}

	private static ObjectNode copy(ObjectNode entry, String id) {
		return entry.deepCopy().put("id", id);
	}

}
