package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Priority;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Skill;
import fr.mosaic.interchange.ProblemDocument.Window;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.planning.PlanChanges.Change;
import fr.mosaic.planning.PlanChanges.Kind;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.Unavailability;
import fr.mosaic.worker.WorkerService;

/**
 * A published week re-planned after one of its workers falls ill: only the shifts that fall in the illness change,
 * every other shift keeps the worker and start it was published with, on the stored plan.
 */
@WithMockUser(username = "claire", roles = AppRoles.COORDINATOR)
@SpringBootTest
class ReplanPublishedWeekIT {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	static final String JOB = PlanningService.weekJobId(WEEK);

	@Autowired
	PlanningService planning;

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	WorkerService workers;

	@Autowired
	Clock clock;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void importTheWeek() {
		DatabaseCleaner.clean(dataSource);
		importer.importProblem(week());
	}

	@AfterEach
	void forgetTheWeek() {
		planning.stop(JOB);
		DatabaseCleaner.clean(dataSource);
	}

	@Test
	void aWorkerFallingIllChangesOnlyTheShiftsInTheirIllness() {
		planAndWait();
		var published = weekPlans.publish(WEEK);
		assertThat(published.getPublishedBy()).isEqualTo("claire");
		assertThat(published.getPublishedAt()).isEqualTo(LocalDateTime.now(clock));
		var before = byShift(planStore.find(WEEK).orElseThrow().shifts());
		assertThat(before.values()).allMatch(PlanDocument.Shift::covered);

		// whoever works Monday morning falls ill for the whole Monday
		var ill = before.get("mon-am#0").worker();
		var illness = new Unavailability(WEEK.atStartOfDay(), WEEK.plusDays(1).atStartOfDay(), "illness");
		var worker = workers.findByCode(ill).orElseThrow();
		var leave = new ArrayList<>(worker.getUnavailability());
		leave.add(illness);
		worker.setUnavailability(leave);
		workers.save(worker);
		weekPlans.reopen(WEEK);
		planAndWait();

		var stored = planStore.find(WEEK).orElseThrow();
		assertThat(stored.state()).isEqualTo("DRAFT");
		assertThat(stored.published()).as("the baseline survives the new draft")
				.allSatisfy(shift -> assertThat(shift.worker()).isEqualTo(before.get(key(shift)).worker()));
		var after = byShift(stored.shifts());
		var affected = before.values().stream().filter(
				shift -> shift.worker().equals(ill) && illness.overlaps(shift.start().local(), shift.end().local()))
				.map(ReplanPublishedWeekIT::key).toList();
		assertThat(affected).contains("mon-am#0");
		after.forEach((key, shift) -> {
			var was = before.get(key);
			if (affected.contains(key)) {
				assertThat(shift.worker()).as(key).isNotNull().isNotEqualTo(ill);
			} else {
				assertThat(shift.worker()).as(key).isEqualTo(was.worker());
				assertThat(shift.start()).as(key).isEqualTo(was.start());
			}
		});
		var changes = planning.review(WEEK, Locale.ENGLISH).orElseThrow().changes();
		assertThat(changes).extracting(Change::shiftId).containsExactlyInAnyOrderElementsOf(affected);
		assertThat(changes).extracting(Change::kind).containsOnly(Kind.REASSIGNED);
	}

	private void planAndWait() {
		planning.solveWeek(WEEK, Duration.ofSeconds(2), status -> {
		});
		// polled on the test's thread, which holds the coordinator's login
		await().pollInSameThread().atMost(Duration.ofSeconds(60))
				.until(() -> planning.status(JOB).orElseThrow().state().finished());
		assertThat(planning.status(JOB).orElseThrow().state()).isEqualTo(JobState.SOLVED);
	}

	/**
	 * Five days of a morning and an afternoon shift at fixed times, four full-time bookkeepers: plenty of room to cover
	 * a colleague's day.
	 */
	static ProblemDocument week() {
		var days = List.of("mon", "tue", "wed", "thu", "fri");
		List<Request> requests = new ArrayList<>();
		for (int day = 0; day < days.size(); day++) {
			requests.add(fixed(days.get(day) + "-am", day, 8));
			requests.add(fixed(days.get(day) + "-pm", day, 13));
		}
		List<Worker> staff = new ArrayList<>();
		for (int w = 1; w <= 4; w++) {
			staff.add(new Worker("w" + w, "Salarié " + w, 2100, 2100, false, List.of("bookkeeping"), null, List.of(),
					List.of(), List.of(), List.of()));
		}
		return new ProblemDocument(
				WEEK, "Europe/Paris", null, List.of(new Skill("bookkeeping", "Comptabilité")), List.of(new Member("m1",
						"Boulangerie du Parc", List.of(new Site("m1-s1", "Boutique", 45.764, 4.8357)), List.of())),
				staff, requests, List.of(), List.of(), Map.of());
	}

	private static Request fixed(String id, int day, int hour) {
		var start = WEEK.plusDays(day).atTime(hour, 0);
		return new Request(id, "m1", "m1-s1", "bookkeeping", 240, 1, List.of(new Window(start, start.plusHours(4))), 30,
				false, Priority.CONTRACTED);
	}

	private static Map<String, PlanDocument.Shift> byShift(List<PlanDocument.Shift> shifts) {
		return shifts.stream().collect(Collectors.toMap(ReplanPublishedWeekIT::key, Function.identity()));
	}

	private static String key(PlanDocument.Shift shift) {
		return new ShiftKey(shift.request(), shift.index()).toString();
	}

}
