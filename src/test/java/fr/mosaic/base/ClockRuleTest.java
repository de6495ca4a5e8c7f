package fr.mosaic.base;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * No code, main or test, reads the machine's time except the one Clock bean, so that a fixed clock governs every
 * "today" and "this week". {@code System.nanoTime()} measures elapsed time, not the date, and stays allowed.
 */
class ClockRuleTest {

	static final ArchRule ONLY_THE_CLOCK_BEAN_READS_THE_MACHINE_TIME = noClasses().should()
			.accessTargetWhere(readingTheMachineTime().and(not(fromTheClockBean())))
			.as("no code reads the machine's time except the Clock bean, ClockConfiguration.clock()")
			.because("tests fix the time through that bean (mosaic.test.clock); take a Clock and call now(clock)");

	@Test
	void onlyTheClockBeanReadsTheMachineTime() {
		var classes = new ClassFileImporter().importPackages("fr.mosaic")
				.that(not(belongToAnyOf(StrayClockReads.class)));
		assertThat(classes.contain(ClockConfiguration.class)).as("main code is checked").isTrue();
		assertThat(classes.contain(TestClock.class)).as("test code is checked").isTrue();

		ONLY_THE_CLOCK_BEAN_READS_THE_MACHINE_TIME.check(classes);
	}

	@Test
	void everyStrayReadIsReportedButNotTheClockBeanNorNowOfAClock() {
		var result = ONLY_THE_CLOCK_BEAN_READS_THE_MACHINE_TIME
				.evaluate(new ClassFileImporter().importClasses(StrayClockReads.class, ClockConfiguration.class));

		assertThat(result.getFailureReport().getDetails())
				.map(line -> line.replaceAll("^.* (?:calls|references) (?:method|constructor) <(.+)> in \\(.*$", "$1"))
				.containsExactlyInAnyOrder("java.time.LocalDate.now()", "java.time.LocalTime.now(java.time.ZoneId)",
						"java.time.LocalDateTime.now()", "java.time.ZonedDateTime.now()",
						"java.time.OffsetDateTime.now()", "java.time.Instant.now()", "java.time.Instant.now()",
						"java.time.Year.now()", "java.lang.System.currentTimeMillis()", "java.time.Clock.systemUTC()",
						"java.time.Clock.systemDefaultZone()", "java.time.InstantSource.system()",
						"java.util.Date.<init>()", "java.util.Calendar.getInstance()");
	}

	private static DescribedPredicate<JavaAccess<?>> readingTheMachineTime() {
		return describe("the machine's time",
				access -> access.getTarget() instanceof CodeUnitAccessTarget target && readsTheMachineTime(target));
	}

	private static boolean readsTheMachineTime(CodeUnitAccessTarget target) {
		JavaClass owner = target.getOwner();
		List<String> parameters = target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
		return switch (target.getName()) {
			// now() and now(ZoneId) of every java.time type; now(Clock) reads the injected clock
			case "now", "dateNow" ->
				owner.getPackageName().startsWith("java.time") && !parameters.equals(List.of(Clock.class.getName()));
			case "currentTimeMillis" -> owner.isEquivalentTo(System.class);
			case "system", "systemUTC", "systemDefaultZone", "tickMillis", "tickSeconds", "tickMinutes" ->
				owner.isEquivalentTo(Clock.class) || owner.isEquivalentTo(InstantSource.class);
			case "getInstance" -> owner.isAssignableTo(Calendar.class);
			case "<init>" ->
				parameters.isEmpty() && (owner.isAssignableTo(Date.class) || owner.isAssignableTo(Calendar.class));
			default -> false;
		};
	}

	private static DescribedPredicate<JavaAccess<?>> fromTheClockBean() {
		return describe("from the Clock bean",
				access -> access.getOrigin().getOwner().isEquivalentTo(ClockConfiguration.class)
						&& access.getOrigin().getName().equals("clock"));
	}

	/** A fixture, left out of the real check: each way of reading the machine's time, and the allowed way. */
	static class StrayClockReads {

		Object[] strayReads() {
			Supplier<Instant> reference = Instant::now;
			return new Object[] { LocalDate.now(), LocalTime.now(ZoneId.of("UTC")), LocalDateTime.now(),
					ZonedDateTime.now(), OffsetDateTime.now(), Instant.now(), reference, Year.now(),
					System.currentTimeMillis(), Clock.systemUTC(), Clock.systemDefaultZone(), InstantSource.system(),
					new Date(), Calendar.getInstance() };
		}

		LocalDate allowedRead(Clock clock) {
			return LocalDate.now(clock);
		}

	}

}
