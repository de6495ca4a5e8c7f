package fr.mosaic.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.mosaic.member.MemberService;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.transfer.ProblemImporter;

/**
 * Fills an empty register with the demo group and its requests for the current and the next week, and gives each site a
 * plausible address near its point. Off unless {@code mosaic.demo.enabled} is true, which the production profile leaves
 * false.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "mosaic.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final MemberService members;

	private final ProblemImporter importer;

	private final Clock clock;

	private final SystemAccess systemAccess;

	DemoDataSeeder(MemberService members, ProblemImporter importer, Clock clock, SystemAccess systemAccess) {
		this.members = members;
		this.importer = importer;
		this.clock = clock;
		this.systemAccess = systemAccess;
	}

	/** Runs at start, before anyone logs in: with the system's coordinator rights. */
	@Override
	public void run(ApplicationArguments args) {
		systemAccess.run(this::seed);
	}

	private void seed() {
		if (!members.findAll().isEmpty()) {
			return;
		}
		var thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var generator = new ProblemGenerator();
		for (var week : new LocalDate[] { thisWeek, thisWeek.plusWeeks(1) }) {
			importer.importProblem(generator.generate(ProblemSize.DEMO, week));
		}
		// the interchange format carries no address: the register's sites get theirs here, for the workers' week
		members.findAll().forEach(member -> {
			member.getSites().forEach(site -> site
					.setAddress(FrenchNames.address(site.getLat(), site.getLon(), site.getCode().hashCode())));
			members.save(member);
		});
		log.info("Demo group loaded with requests for the weeks of {} and {}", thisWeek, thisWeek.plusWeeks(1));
	}

}
