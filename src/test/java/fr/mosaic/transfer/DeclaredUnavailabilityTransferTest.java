package fr.mosaic.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.AccountFixtures;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.UnavailabilityDeclarations;

/**
 * A problem file does not say who declared a period: exporting a week and importing it again changes nothing of a
 * worker's declaration, which stays theirs.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class DeclaredUnavailabilityTransferTest {

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	UnavailabilityDeclarations declarations;

	@Autowired
	ProblemExporter exporter;

	@Autowired
	ProblemImporter importer;

	@Autowired
	Clock clock;

	@Test
	void aDeclarationSurvivesTheWeeksRoundTrip() {
		var workerId = fixtures.worker("transfer-declaring-worker", "TRANS-DECL-W1");
		var week = WeekField.mondayOf(LocalDate.now(clock)).plusWeeks(41);
		var declared = declarations.declare(workerId, week.plusDays(1).atTime(8, 0), week.plusDays(1).atTime(12, 0),
				"Formation");
		var problem = exporter.exportWeek(week);

		assertThat(importer.preview(problem).changes()).as("nothing changed")
				.noneMatch(change -> change.code().equals("TRANS-DECL-W1"));
		importer.importProblem(problem);

		assertThat(declarations.declaredBy(workerId)).containsExactly(declared);
	}

}
