package fr.mosaic.transfer;

import static fr.mosaic.interchange.InterchangeExamples.PLAN;
import static fr.mosaic.interchange.InterchangeExamples.PROBLEM;
import static fr.mosaic.interchange.InterchangeExamples.problemWith;
import static fr.mosaic.interchange.InterchangeExamples.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.interchange.InterchangeExamples;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.InvalidProblemException;
import fr.mosaic.interchange.ProblemError;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;
import tools.jackson.databind.node.ArrayNode;

/** Import and export through the database: the register and the week survive the trip unchanged. */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class ProblemImportIT {

	static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	final InterchangeJson json = new InterchangeJson();

	@Autowired
	ProblemImporter importer;

	@Autowired
	ProblemExporter exporter;

	@Autowired
	MemberService members;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	PlanStore planStore;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void importExample() {
		DatabaseCleaner.clean(dataSource);
		importer.importJson(text(PROBLEM));
	}

	@Test
	void exportOfImportedWeekEqualsTheFile() {
		var original = json.readProblem(text(PROBLEM));

		assertThat(exporter.exportWeek(WEEK)).isEqualTo(original);
		InterchangeExamples.assertSameJson(InterchangeExamples.tree(text(PROBLEM)),
				InterchangeExamples.tree(json.writeProblem(exporter.exportWeek(WEEK))), "$");
	}

	@Test
	void anOlderFileWithoutContractMembersImportsAndExportsUnchanged() {
		// written before the field existed: over the example's register, its worker takes every member again (L1253-9)
		var older = problemWith(tree -> InterchangeExamples.object(tree, "/workers/0")
				.remove(List.of("contractMembers", "contractAmendedOn")));

		importer.importJson(older);

		var exported = exporter.exportWeek(WEEK);
		assertThat(exported).isEqualTo(json.readProblem(older));
		assertThat(exported.workers()).allSatisfy(worker -> assertThat(worker.contractMembers()).isNull());
		InterchangeExamples.assertSameJson(InterchangeExamples.tree(older),
				InterchangeExamples.tree(json.writeProblem(exported)), "$");
	}

	@Test
	void contractSitesAreStoredAndExportedAndAnOlderFileWithoutThemClearsThem() {
		var named = problemWith(tree -> InterchangeExamples.object(tree, "/workers/2").putArray("contractSites")
				.add("m2-s1").add("m3-s1"));

		importer.importJson(named);
		assertThat(exporter.exportWeek(WEEK).workers().get(2).contractSites()).containsExactly("m2-s1", "m3-s1");
		InterchangeExamples.assertSameJson(InterchangeExamples.tree(named),
				InterchangeExamples.tree(json.writeProblem(exporter.exportWeek(WEEK))), "$");

		// the example itself, as written before the field existed: every site again, and exported as it was read
		importer.importJson(text(PROBLEM));
		assertThat(exporter.exportWeek(WEEK).workers().get(2).contractSites()).isNull();
		InterchangeExamples.assertSameJson(InterchangeExamples.tree(text(PROBLEM)),
				InterchangeExamples.tree(json.writeProblem(exporter.exportWeek(WEEK))), "$");
	}

	@Test
	void importingTheSameWeekAgainReplacesItsRequestsWithoutDuplicates() {
		importer.importJson(text(PROBLEM));

		assertThat(exporter.exportWeek(WEEK).requests()).hasSize(5);
		assertThat(members.findAll()).hasSize(3);
	}

	@Test
	void failedImportLeavesTheDatabaseUnchanged() {
		var before = exporter.exportWeek(WEEK);
		var bad = problemWith(tree -> {
			InterchangeExamples.object(tree, "/members/0").put("name", "Renamed by a bad file");
			InterchangeExamples.object(tree, "/requests/0").put("member", "m9");
		});

		var thrown = catchThrowableOfType(InvalidProblemException.class, () -> importer.importJson(bad));

		assertThat(thrown.errors()).extracting(ProblemError::toString)
				.containsExactly("$.requests[0].member: unknown member \"m9\"");
		assertThat(exporter.exportWeek(WEEK)).isEqualTo(before);
	}

	@Test
	void siteHeldByAnotherMemberInTheRegisterIsRefusedAndNothingIsStored() {
		var before = exporter.exportWeek(WEEK);
		var bad = problemWith(tree -> {
			var m1 = InterchangeExamples.object(tree, "/members/0");
			m1.put("id", "m7");
			InterchangeExamples.object(tree, "/requests/0").put("member", "m7");
			InterchangeExamples.object(tree, "/requests/4").put("member", "m7");
			((ArrayNode) tree.get("workers").get(0).get("preferredMembers")).removeAll();
			((ArrayNode) tree.get("workers").get(0).get("contractMembers")).set(0, "m7");
			((ArrayNode) tree.get("workers").get(2).get("excludedMembers")).removeAll();
			InterchangeExamples.object(tree, "/history/0").put("member", "m7");
		});

		var thrown = catchThrowableOfType(InvalidProblemException.class, () -> importer.importJson(bad));

		assertThat(thrown.errors()).extracting(ProblemError::toString)
				.containsExactly("$.members[0].sites[0].id: site \"m1-s1\" belongs to member \"m1\", not to \"m7\"");
		assertThat(exporter.exportWeek(WEEK)).isEqualTo(before);
	}

	@Test
	void aSkillTakingTheNameOfAnotherIsRefusedWithItsPath() {
		var before = exporter.exportWeek(WEEK);
		var renamed = text(PROBLEM).replace("\"Espaces verts\"", "\"  comptabilité\"");

		var thrown = catchThrowableOfType(InvalidProblemException.class, () -> importer.importJson(renamed));

		assertThat(thrown.errors()).extracting(ProblemError::toString).containsExactly(
				"$.skills[1].name: skill \"bookkeeping\" is already named \"  comptabilité\": two skills cannot bear"
						+ " the same name");
		assertThat(exporter.exportWeek(WEEK)).isEqualTo(before);
	}

	@Test
	void publishedWeekIsNotReplaced() {
		// only a feasible plan is published: the example's
		planStore.storeDraft(json.readPlan(text(PLAN)));
		weekPlans.publish(WEEK);
		try {
			var thrown = catchThrowableOfType(InvalidProblemException.class, () -> importer.importJson(text(PROBLEM)));

			assertThat(thrown.errors()).extracting(ProblemError::toString).containsExactly(
					"$.weekStart: the week of 2026-11-23 is published and cannot be replaced by an import");
		} finally {
			weekPlans.reopen(WEEK);
		}
	}

}
