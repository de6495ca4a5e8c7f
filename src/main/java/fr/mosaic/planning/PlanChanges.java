package fr.mosaic.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.interchange.WallTime;

/**
 * What re-planning a reopened week changed against what was published: each shift whose worker or start differs, newly
 * uncovered and newly covered ones included, in the plan's order (then shifts only the published plan had).
 */
public final class PlanChanges {

	private PlanChanges() {
	}

	/** What happened to one shift. */
	public enum Kind {

		/** Another worker took it. */
		REASSIGNED,

		/** The same worker, at another start. */
		MOVED,

		/** Published with a worker, now without. */
		UNCOVERED,

		/** Published without a worker (or not at all), now with one. */
		COVERED

	}

	/**
	 * One changed shift: its request and index, and its worker and start before (as published) and after; a null worker
	 * is no worker.
	 */
	public record Change(String request, int index, @Nullable String workerBefore, @Nullable WallTime startBefore,
			@Nullable String workerAfter, @Nullable WallTime startAfter) {

		public Kind kind() {
			if (workerBefore == null) {
				return Kind.COVERED;
			}
			if (workerAfter == null) {
				return Kind.UNCOVERED;
			}
			return workerBefore.equals(workerAfter) ? Kind.MOVED : Kind.REASSIGNED;
		}

		public String shiftId() {
			return new ShiftKey(request, index).toString();
		}

	}

	/**
	 * @param published each shift's worker and start as published; a shift missing here was not published
	 * @param plan the re-planned shifts; a published shift missing here is uncovered now
	 */
	public static List<Change> between(List<PlanDocument.Shift> published, List<PlanDocument.Shift> plan) {
		Map<String, PlanDocument.Shift> before = new LinkedHashMap<>();
		published.forEach(shift -> before.put(key(shift), shift));
		List<Change> changes = new ArrayList<>();
		for (PlanDocument.Shift after : plan) {
			PlanDocument.Shift was = before.remove(key(after));
			String workerBefore = was == null || !was.covered() ? null : was.worker();
			WallTime startBefore = workerBefore == null ? null : Objects.requireNonNull(was).start();
			String workerAfter = after.covered() ? after.worker() : null;
			WallTime startAfter = workerAfter == null ? null : after.start();
			if (!Objects.equals(workerBefore, workerAfter) || !Objects.equals(startBefore, startAfter)) {
				changes.add(
						new Change(after.request(), after.index(), workerBefore, startBefore, workerAfter, startAfter));
			}
		}
		before.values().stream().filter(PlanDocument.Shift::covered).forEach(
				was -> changes.add(new Change(was.request(), was.index(), was.worker(), was.start(), null, null)));
		return changes;
	}

	private static String key(PlanDocument.Shift shift) {
		return new ShiftKey(shift.request(), shift.index()).toString();
	}

}
