package fr.mosaic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.member.Site;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.transfer.ProblemExporter;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.worker.WorkerService;

/**
 * The demo group is stored as generated, for this week and the next, and only into an empty register, each site with a
 * postal address; it runs at start, with no one logged in.
 */
@SpringBootTest(properties = { "mosaic.database.embedded.data-dir=target/mariadb-demo-test" })
class DemoDataSeederIT {

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	ProblemImporter importer;

	@Autowired
	ProblemExporter exporter;

	@Autowired
	Clock clock;

	@Autowired
	SystemAccess systemAccess;

	@Test
	void seedsTheDemoGroupForThisWeekAndTheNextOnceOnly() throws Exception {
		var seeder = new DemoDataSeeder(members, importer, clock, systemAccess);

		seeder.run(null);
		seeder.run(null);

		var generator = new ProblemGenerator();
		var thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		systemAccess.run(() -> {
			assertThat(members.findAll()).hasSize(ProblemSize.DEMO.members());
			assertThat(members.findAll()).flatExtracting(Member::getSites).extracting(Site::getAddress)
					.as("street, postcode and town")
					.allMatch(address -> address != null && address.matches("\\d+ .+, \\d{5} .+"));
			assertThat(workers.findAll()).hasSize(ProblemSize.DEMO.workers());
			assertThat(exporter.exportWeek(thisWeek.plusWeeks(1)))
					.isEqualTo(generator.generate(ProblemSize.DEMO, thisWeek.plusWeeks(1)));
			assertThat(exporter.exportWeek(thisWeek).requests())
					.isEqualTo(generator.generate(ProblemSize.DEMO, thisWeek).requests());
		});
	}

}
