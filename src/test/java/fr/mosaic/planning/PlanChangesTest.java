package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.PlanChanges.Change;
import fr.mosaic.planning.PlanChanges.Kind;

class PlanChangesTest {

	static final WallTime MONDAY_8 = new WallTime(LocalDateTime.of(2026, 11, 23, 8, 0), null);

	static final WallTime TUESDAY_8 = new WallTime(LocalDateTime.of(2026, 11, 24, 8, 0), null);

	@Test
	void listsEachShiftWhoseWorkerOrStartChangedWithBeforeAndAfter() {
		var published = List.of(shift("kept", "w1", MONDAY_8), shift("given", "w1", MONDAY_8),
				shift("moved", "w2", MONDAY_8), shift("dropped", "w3", MONDAY_8), shift("taken", null, null));
		var plan = List.of(shift("kept", "w1", MONDAY_8), shift("given", "w4", MONDAY_8),
				shift("moved", "w2", TUESDAY_8), shift("dropped", null, null), shift("taken", "w3", TUESDAY_8),
				shift("new", "w1", TUESDAY_8), shift("newOpen", null, null));

		var changes = PlanChanges.between(published, plan);

		assertThat(changes).containsExactly(new Change("given", 0, "w1", MONDAY_8, "w4", MONDAY_8),
				new Change("moved", 0, "w2", MONDAY_8, "w2", TUESDAY_8),
				new Change("dropped", 0, "w3", MONDAY_8, null, null),
				new Change("taken", 0, null, null, "w3", TUESDAY_8), new Change("new", 0, null, null, "w1", TUESDAY_8));
		assertThat(changes).extracting(Change::kind).containsExactly(Kind.REASSIGNED, Kind.MOVED, Kind.UNCOVERED,
				Kind.COVERED, Kind.COVERED);
	}

	@Test
	void aPublishedShiftTheNewPlanNoLongerHasIsUncovered() {
		assertThat(PlanChanges.between(List.of(shift("gone", "w1", MONDAY_8)), List.of()))
				.containsExactly(new Change("gone", 0, "w1", MONDAY_8, null, null));
	}

	@Test
	void nothingChangedIsAnEmptyList() {
		var same = List.of(shift("kept", "w1", MONDAY_8), shift("open", null, null));
		assertThat(PlanChanges.between(same, same)).isEmpty();
	}

	private static PlanDocument.Shift shift(String request, @Nullable String worker, @Nullable WallTime start) {
		return new PlanDocument.Shift(request, 0, worker, start, null, null, null);
	}

}
