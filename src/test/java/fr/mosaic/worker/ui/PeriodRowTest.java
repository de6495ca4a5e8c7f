package fr.mosaic.worker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;

import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Unavailability;

/**
 * The worker form's period row says which periods the worker declared themselves, and such a period stays theirs when
 * the coordinator corrects it.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class PeriodRowTest extends SpringBrowserlessTest {

	static final LocalDateTime START = LocalDateTime.of(2027, 2, 1, 14, 0);

	static final LocalDateTime DECLARED_AT = LocalDateTime.of(2027, 1, 20, 9, 30);

	@Test
	void aPeriodTheWorkerDeclaredSaysSoAndStaysTheirs() {
		var row = new PeriodRow();
		row.setValue(new Unavailability(START, START.plusHours(4), "Formation", null, null, DECLARED_AT));

		assertThat(row.declared.isVisible()).isTrue();
		assertThat(row.declared.getText()).startsWith("Declared by the worker on ").contains("2027");

		row.reason.setValue("Formation SST");

		assertThat(row.value())
				.hasValue(new Unavailability(START, START.plusHours(4), "Formation SST", null, null, DECLARED_AT));
	}

	@Test
	void aPeriodTheCoordinatorEnteredSaysNothingOfAWorker() {
		var row = new PeriodRow();
		row.setValue(new Unavailability(START, START.plusDays(5), "Congés"));

		assertThat(row.declared.isVisible()).isFalse();
		assertThat(row.value()).hasValueSatisfying(period -> assertThat(period.declaredByWorker()).isFalse());
	}

}
