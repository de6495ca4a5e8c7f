package fr.mosaic.planning;

import static fr.mosaic.interchange.InterchangeExamples.PLAN;
import static fr.mosaic.interchange.InterchangeExamples.PROBLEM;
import static fr.mosaic.interchange.InterchangeExamples.text;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;

/** The spec's example week stored as a coordinator would have it: imported, with its feasible plan as the draft. */
public final class ExampleWeek {

	public static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private ExampleWeek() {
	}

	/** Imports the example problem and stores the example plan as its draft; returns that plan. */
	public static PlanDocument storeWithDraft(ProblemImporter importer, PlanStore planStore) {
		importer.importJson(text(PROBLEM));
		var plan = new InterchangeJson().readPlan(text(PLAN));
		planStore.storeDraft(plan);
		return plan;
	}

	/**
	 * Imports the example problem, solves it for a second and publishes the plan, as a coordinator's login (the
	 * caller's: solving and publishing ask for one).
	 */
	public static void publishSolved(ProblemImporter importer, PlanningService planning, WeekPlanService weekPlans) {
		publishSolvedIn(WEEK, importer, planning, weekPlans);
	}

	/** As {@link #publishSolved}, the example moved to the week of another Monday ({@link #problemIn}). */
	public static void publishSolvedIn(LocalDate monday, ProblemImporter importer, PlanningService planning,
			WeekPlanService weekPlans) {
		importer.importJson(problemIn(monday));
		planning.solveWeek(monday, Duration.ofSeconds(1), status -> {
		});
		// polled on the caller's thread, which holds the login
		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(
				() -> planning.status(PlanningService.weekJobId(monday)).map(s -> s.state().finished()).orElse(false));
		weekPlans.publish(monday);
	}

	/** The example problem moved to the week of another Monday, every date of it by the same whole weeks. */
	public static String problemIn(LocalDate monday) {
		return moved(text(PROBLEM), monday);
	}

	/** The example plan moved to the week of another Monday, as {@link #problemIn} moves the problem. */
	public static String planIn(LocalDate monday) {
		return moved(text(PLAN), monday);
	}

	private static String moved(String example, LocalDate monday) {
		var weeks = ChronoUnit.WEEKS.between(WEEK, monday);
		return DATE.matcher(example).replaceAll(date -> LocalDate.parse(date.group()).plusWeeks(weeks).toString());
	}

}
