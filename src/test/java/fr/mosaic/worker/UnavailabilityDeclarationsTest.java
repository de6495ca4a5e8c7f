package fr.mosaic.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.AccountFixtures;
import fr.mosaic.base.RefusedException;
import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;

/**
 * A worker declares the periods they cannot work and withdraws one before it begins; a period that ends before it
 * starts, has begun or names a time the clocks skip is refused with nothing stored; a worker reaches no other worker's
 * declarations; the coordinator finds them by week.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnavailabilityDeclarationsTest {

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	UnavailabilityDeclarations declarations;

	@Autowired
	WorkerService workers;

	@Autowired
	Clock clock;

	long workerId;

	long otherId;

	@BeforeAll
	void accounts() {
		workerId = fixtures.worker("declaring-worker", "DECL-W1");
		otherId = fixtures.worker("declaring-other", "DECL-W2");
	}

	LocalDate tomorrow() {
		return LocalDate.now(clock).plusDays(1);
	}

	@Test
	@WithMockUser(username = "declaring-worker", roles = AppRoles.WORKER)
	void aWorkerDeclaresAPeriodAndWithdrawsIt() {
		var declared = declarations.declare(workerId, tomorrow().atTime(14, 0), tomorrow().atTime(18, 0),
				"  Rendez-vous médical ");

		assertThat(declared.reason()).isEqualTo("Rendez-vous médical");
		assertThat(declared.declaredAt()).isEqualTo(LocalDateTime.now(clock));
		assertThat(declarations.declaredBy(workerId)).contains(declared);
		assertThat(systemAccess.call(() -> workers.get(workerId).getUnavailability()))
				.as("a period of the worker's, which solving respects").contains(declared);

		declarations.withdraw(workerId, declared);

		assertThat(declarations.declaredBy(workerId)).doesNotContain(declared);
		assertThatThrownBy(() -> declarations.withdraw(workerId, declared)).isInstanceOf(RefusedException.class)
				.extracting(ex -> ((RefusedException) ex).key()).isEqualTo("worker.declare.gone");
	}

	@Test
	@WithMockUser(username = "declaring-worker", roles = AppRoles.WORKER)
	void aPeriodThatEndsFirstHasBegunOrNamesASkippedTimeIsRefused() {
		var before = declarations.declaredBy(workerId);
		var now = LocalDateTime.now(clock);
		var skipped = ClockChangeWeeks.nextSpringForwardSunday(clock).atTime(2, 30);

		assertRefused(tomorrow().atTime(18, 0), tomorrow().atTime(14, 0), "worker.declare.endBeforeStart");
		assertRefused(tomorrow().atTime(14, 0), tomorrow().atTime(14, 0), "worker.declare.endBeforeStart");
		assertRefused(now.minusHours(1), now.plusHours(3), "worker.declare.past");
		assertRefused(skipped, skipped.plusHours(4), "worker.declare.skipped");
		assertRefused(skipped.minusHours(4), skipped, "worker.declare.skipped");

		assertThat(declarations.declaredBy(workerId)).as("nothing stored").isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "declaring-worker", roles = AppRoles.WORKER)
	void aPeriodUnderWayIsTheCoordinatorsToChange() {
		var started = new Unavailability(LocalDateTime.now(clock).minusHours(1), LocalDateTime.now(clock).plusHours(2),
				"Malade", null, null, LocalDateTime.now(clock).minusHours(2));
		systemAccess.run(() -> {
			var worker = workers.get(workerId);
			var periods = new ArrayList<>(worker.getUnavailability());
			periods.add(started);
			worker.setUnavailability(periods);
			workers.save(worker);
		});

		assertThatThrownBy(() -> declarations.withdraw(workerId, started)).isInstanceOf(RefusedException.class)
				.extracting(ex -> ((RefusedException) ex).key()).isEqualTo("worker.declare.started");
		assertThat(declarations.declaredBy(workerId)).contains(started);
	}

	@Test
	@WithMockUser(username = "declaring-worker", roles = AppRoles.WORKER)
	void aWorkerReachesNoOtherWorkersDeclarations() {
		var others = systemAccess.call(
				() -> declarations.declare(otherId, tomorrow().atTime(8, 0), tomorrow().atTime(12, 0), "Formation"));

		assertThatThrownBy(() -> declarations.declaredBy(otherId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> declarations.declare(otherId, tomorrow().atTime(13, 0), tomorrow().atTime(15, 0), "fausse"))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> declarations.withdraw(otherId, others)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> declarations.declaredBetween(tomorrow().atStartOfDay(), tomorrow().plusDays(1).atStartOfDay()))
				.isInstanceOf(AccessDeniedException.class);

		assertThat(systemAccess.call(() -> declarations.declaredBy(otherId))).as("nothing changed")
				.containsExactly(others);
	}

	@Test
	void theCoordinatorFindsTheDeclarationsOfAWeekByWorker() {
		var declared = systemAccess.call(() -> declarations.declare(workerId, tomorrow().plusDays(7).atTime(9, 0),
				tomorrow().plusDays(7).atTime(17, 0), null));

		var found = systemAccess.call(() -> declarations.declaredBetween(tomorrow().plusDays(7).atStartOfDay(),
				tomorrow().plusDays(8).atStartOfDay()));

		assertThat(found.get("DECL-W1")).containsExactly(declared);
		assertThat(found).doesNotContainKey("DECL-W2");
	}

	private void assertRefused(LocalDateTime start, LocalDateTime end, String key) {
		assertThatThrownBy(() -> declarations.declare(workerId, start, end, null)).as(start + " to " + end)
				.isInstanceOf(RefusedException.class).extracting(ex -> ((RefusedException) ex).key()).isEqualTo(key);
	}

}
