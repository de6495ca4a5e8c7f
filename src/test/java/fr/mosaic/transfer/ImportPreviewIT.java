package fr.mosaic.transfer;

import static fr.mosaic.interchange.InterchangeExamples.PROBLEM;
import static fr.mosaic.interchange.InterchangeExamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.InvalidProblemException;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemError;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ImportPreview.Entry;
import fr.mosaic.transfer.ImportPreview.Field;
import fr.mosaic.transfer.ImportPreview.RegisterChange;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * Before a file is imported, the coordinator reads what it would change in the register, id by id: what it adds, what
 * it renames or overwrites, and which changed workers hold shifts in a published week. The preview stores nothing.
 */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class ImportPreviewIT {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	@Autowired
	Clock clock;

	final InterchangeJson json = new InterchangeJson();

	@Autowired
	ProblemImporter importer;

	@Autowired
	ProblemExporter exporter;

	@Autowired
	PlanStore planStore;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	DataSource dataSource;

	ProblemDocument example;

	@BeforeEach
	void emptyRegister() {
		DatabaseCleaner.clean(dataSource);
		example = json.readProblem(text(PROBLEM));
	}

	@Test
	void intoAnEmptyRegisterEveryEntryIsNewAndNothingIsStored() {
		var preview = importer.preview(example);

		assertThat(preview.requests()).isEqualTo(5);
		assertThat(preview.shifts()).isEqualTo(8);
		// the file's travel times between the two sites of m2 are new to the group
		assertThat(preview.changes().getFirst()).extracting(RegisterChange::entry, RegisterChange::fields)
				.containsExactly(Entry.SETTINGS, List.of(Field.TRAVEL));
		assertThat(preview.changed()).isOne();
		assertThat(preview.changes()).extracting(RegisterChange::entry, RegisterChange::code, RegisterChange::added)
				.contains(tuple(Entry.SKILL, "bookkeeping", true)).contains(tuple(Entry.MEMBER, "m1", true),
						tuple(Entry.SITE, "m2-s2", true), tuple(Entry.WORKER, "w1", true));
		assertThat(preview.added()).isEqualTo(example.skills().size() + example.members().size()
				+ example.members().stream().mapToInt(m -> m.sites().size()).sum() + example.workers().size());
		assertThat(preview.changes()).filteredOn(change -> change.entry() == Entry.SITE)
				.extracting(RegisterChange::member).contains("Association Sportive des Pentes");
		assertThat(exporter.exportWeek(WEEK).requests()).as("nothing stored").isEmpty();
		assertThat(exporter.exportWeek(WEEK).skills()).isEmpty();
	}

	@Test
	void theSameFileAgainOnlyBringsTheWeeksRequests() {
		importer.importProblem(example);

		var preview = importer.preview(example);

		assertThat(preview.changes()).isEmpty();
		assertThat(preview.requests()).isEqualTo(5);
	}

	@Test
	void aFileReusingIdsShowsWhatItRenamesAndOverwrites() {
		importer.importProblem(example);
		var w1 = example.workers().getFirst();
		var changedWorker = new ProblemDocument.Worker(w1.id(), "Paul Martin", w1.contractMinutes() - 60,
				w1.maxMinutes(), w1.partTime(), List.of("greens"), w1.home(),
				List.of(new ProblemDocument.Availability(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))),
				w1.unavailable(), w1.preferredMembers(), w1.excludedMembers(), w1.contractMembers(),
				w1.contractAmendedOn());
		var workers = new ArrayList<>(example.workers());
		workers.set(0, changedWorker);
		var skills = new ArrayList<>(example.skills());
		skills.set(1, new ProblemDocument.Skill("greens", "Jardins"));
		skills.add(new ProblemDocument.Skill("cooking", "Cuisine"));
		var site = example.members().getFirst().sites().getFirst();
		var members = new ArrayList<>(example.members());
		members.set(0, new ProblemDocument.Member("m1", "Boulangerie du Parc",
				List.of(new ProblemDocument.Site(site.id(), site.name(), site.lat() + 0.01, site.lon())), List.of()));
		var file = new ProblemDocument(WEEK, example.timeZone(), example.travel(), skills, members, workers,
				example.requests(), example.history(), example.pinned(), example.travelMinutes());

		var preview = importer.preview(file);

		assertThat(preview.changes())
				.extracting(RegisterChange::entry, RegisterChange::code, RegisterChange::added, RegisterChange::fields,
						RegisterChange::previousName)
				.containsExactly(tuple(Entry.SKILL, "greens", false, List.of(Field.NAME), "Espaces verts"),
						tuple(Entry.SKILL, "cooking", true, List.of(), null),
						tuple(Entry.SITE, site.id(), false, List.of(Field.LOCATION), null),
						tuple(Entry.WORKER, "w1", false,
								List.of(Field.NAME, Field.CONTRACT, Field.SKILLS, Field.AVAILABILITY), "Salariée 1"));
		assertThat(preview.changes()).allMatch(change -> change.publishedWeeks().isEmpty());
		assertThat(preview.added()).isOne();
		assertThat(preview.changed()).isEqualTo(3);
		assertThat(exporter.exportWeek(WEEK).workers().getFirst().name()).as("nothing stored").isEqualTo(w1.name());
	}

	@Test
	void aFileWithoutTheContractsMembersShowsThatItWidensTheContract() {
		importer.importProblem(example);
		var w1 = example.workers().getFirst();
		var older = exampleWithFirstWorker(new ProblemDocument.Worker(w1.id(), w1.name(), w1.contractMinutes(),
				w1.maxMinutes(), w1.partTime(), w1.skills(), w1.home(), w1.availability(), w1.unavailable(),
				w1.preferredMembers(), w1.excludedMembers()));

		assertThat(importer.preview(older).changes()).singleElement().satisfies(change -> {
			assertThat(change.code()).isEqualTo("w1");
			assertThat(change.fields()).containsExactly(Field.CONTRACT_MEMBERS, Field.CONTRACT_AMENDED_ON);
		});
	}

	@Test
	void namingThePlacesOfWorkOfAContractShowsAsAChangeAndNothingElseDoes() {
		importer.importProblem(example);
		var w1 = example.workers().getFirst();
		var named = exampleWithFirstWorker(
				new ProblemDocument.Worker(w1.id(), w1.name(), w1.contractMinutes(), w1.maxMinutes(), w1.partTime(),
						w1.skills(), w1.home(), w1.availability(), w1.unavailable(), w1.preferredMembers(),
						w1.excludedMembers(), w1.contractMembers(), List.of("m1-s1"), w1.contractAmendedOn()));

		assertThat(importer.preview(named).changes()).singleElement().satisfies(change -> {
			assertThat(change.code()).isEqualTo("w1");
			assertThat(change.fields()).containsExactly(Field.CONTRACT_SITES);
		});
		assertThat(importer.preview(example).changes()).as("the example again, without places of work").isEmpty();
	}

	@Test
	void aChangedWorkerOfAPublishedWeekIsFlagged() {
		// a week not over by the tests' clock, whatever day they run
		var week = WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(1);
		var published = json.readProblem(ExampleWeek.problemIn(week));
		importer.importProblem(published);
		planStore.storeDraft(json.readPlan(ExampleWeek.planIn(week)));
		weekPlans.publish(week);
		// the next week, which holds no request yet nor absence, where w1 is renamed
		var renamed = published.workers().stream()
				.map(w -> new ProblemDocument.Worker(w.id(), w.id().equals("w1") ? "Paul Martin" : w.name(),
						w.contractMinutes(), w.maxMinutes(), w.partTime(), w.skills(), w.home(), w.availability(),
						List.of(), w.preferredMembers(), w.excludedMembers(), w.contractMembers(),
						w.contractAmendedOn()))
				.toList();
		var nextWeek = new ProblemDocument(week.plusWeeks(1), published.timeZone(), published.travel(),
				published.skills(), published.members(), renamed, List.of(), List.of(), List.of(),
				published.travelMinutes());

		var preview = importer.preview(nextWeek);

		assertThat(preview.changes()).singleElement().satisfies(change -> {
			assertThat(change.code()).isEqualTo("w1");
			assertThat(change.fields()).containsExactly(Field.NAME);
			assertThat(change.publishedWeeks()).containsExactly(week);
		});
		var refused = catchThrowableOfType(InvalidProblemException.class, () -> importer.preview(published));
		assertThat(refused.errors()).extracting(ProblemError::toString).containsExactly(
				"$.weekStart: the week of " + week + " is published and cannot be replaced by an import");
	}

	/** The example week with its first worker replaced. */
	private ProblemDocument exampleWithFirstWorker(ProblemDocument.Worker worker) {
		var workers = new ArrayList<>(example.workers());
		workers.set(0, worker);
		return new ProblemDocument(WEEK, example.timeZone(), example.travel(), example.skills(), example.members(),
				workers, example.requests(), example.history(), example.pinned(), example.travelMinutes());
	}

}
