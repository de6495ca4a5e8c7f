package fr.mosaic.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllowedStartsTest {

	@Test
	void startsStepFromTheWindowStartToTheLatestStart() {
		// 08:00-12:00 for 3 h on a 30 min step: 08:00, 08:30 and 09:00, which ends at the window's end
		assertThat(AllowedStarts.inWindow(480, 720, 180, 30)).containsExactly(480, 510, 540);
	}

	@Test
	void aFixedSlotHasOneStart() {
		assertThat(AllowedStarts.inWindow(480, 720, 240, 30)).containsExactly(480);
	}

	@Test
	void aWindowShorterThanTheShiftHasNone() {
		assertThat(AllowedStarts.inWindow(480, 600, 240, 30)).isEmpty();
	}

	@Test
	void allowsExactlyTheStartsOfTheWindow() {
		assertThat(AllowedStarts.allows(480, 720, 180, 30, 540)).isTrue();
		assertThat(AllowedStarts.allows(480, 720, 180, 30, 525)).isFalse();
		assertThat(AllowedStarts.allows(480, 720, 180, 30, 570)).isFalse();
		assertThat(AllowedStarts.allows(480, 720, 180, 30, 450)).isFalse();
	}

}
