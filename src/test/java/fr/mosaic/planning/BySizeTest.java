package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BySizeTest {

	@Test
	void aWeekIsSmallBelowTwoHundredShifts() {
		var bySize = new BySize<>("small", "larger");

		assertThat(bySize.forShifts(0)).isEqualTo("small");
		assertThat(bySize.forShifts(BySize.SMALL_WEEK_SHIFTS - 1)).isEqualTo("small");
		assertThat(bySize.forShifts(BySize.SMALL_WEEK_SHIFTS)).isEqualTo("larger");
	}

	@Test
	void mappingTheSameForEverySizeMakesOneForEachAndClosingClosesEachOnce() throws Exception {
		var closed = new AtomicInteger();
		var opened = new AtomicInteger();

		try (var managers = BySize.same("factory").map(factory -> {
			opened.incrementAndGet();
			return (AutoCloseable) closed::incrementAndGet;
		})) {
			assertThat(managers.smallWeeks()).isNotSameAs(managers.largerWeeks());
		}

		assertThat(opened).hasValue(2);
		assertThat(closed).hasValue(2);
		try (var same = BySize.<AutoCloseable>same(closed::incrementAndGet)) {
			assertThat(same.forShifts(1)).isSameAs(same.forShifts(1_000));
		}
		assertThat(closed).as("one closeable for both sizes is closed once").hasValue(3);
	}

}
