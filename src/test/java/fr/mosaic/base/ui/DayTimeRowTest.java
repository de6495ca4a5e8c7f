package fr.mosaic.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;

/** A weekday row ends at 24:00 at the latest, shown and typed so. */
class DayTimeRowTest extends BrowserlessTest {

	@Test
	void anEndTypedAs2400IsTheEndOfTheDayAndAnyOtherMinuteIsTaken() {
		assertThat(DayTimeRow.parseEnd("24:00")).contains(LocalTime.MIDNIGHT);
		assertThat(DayTimeRow.parseEnd(" 7:05 ")).contains(LocalTime.of(7, 5));
		assertThat(DayTimeRow.parseEnd("25:00")).isEmpty();
		var row = new DayTimeRow();
		row.to.setValue(LocalTime.of(7, 5));
		assertThat(row.to.getValue()).isEqualTo(LocalTime.of(7, 5));
	}

	@Test
	void aRowUpTo2400IsCompleteAndEndsAfterAnyStart() {
		var row = new DayTimeRow();
		row.setValue(new DayTime(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));

		assertThat(row.to.getItemLabelGenerator().apply(row.to.getValue())).isEqualTo("24:00");
		assertThat(row.value()).map(DayTime::hours).isEqualTo(Optional.of("00:00–24:00"));
		row.to.setValue(LocalTime.of(0, 15));
		row.from.setValue(LocalTime.of(8, 0));
		assertThat(row.value()).isEmpty();
	}

}
