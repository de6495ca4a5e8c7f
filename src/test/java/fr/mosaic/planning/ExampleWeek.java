package fr.mosaic.planning;

import static fr.mosaic.interchange.InterchangeExamples.PLAN;
import static fr.mosaic.interchange.InterchangeExamples.PROBLEM;
import static fr.mosaic.interchange.InterchangeExamples.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;

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

	/** The example problem moved to the week of another Monday, every date of it by the same whole weeks. */
	public static String problemIn(LocalDate monday) {
		var weeks = ChronoUnit.WEEKS.between(WEEK, monday);
		return DATE.matcher(text(PROBLEM))
				.replaceAll(date -> LocalDate.parse(date.group()).plusWeeks(weeks).toString());
	}

}
