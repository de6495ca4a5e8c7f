package fr.mosaic.worker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import fr.mosaic.base.LabourLaw;
import fr.mosaic.base.Translations;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.worker.AvailabilitySlot;
import fr.mosaic.worker.Worker;

/** The worker form alone, without Spring. */
class WorkerFormTest extends BrowserlessTest {

	// built once the browser-less UI exists, so its labels are translated
	private WorkerForm form;

	private final List<Worker> saved = new ArrayList<>();

	@BeforeEach
	void showNewWorker() {
		form = new WorkerForm();
		UI.getCurrent().add(form);
		form.setChoices(List.of(), List.of());
		form.addSaveListener(event -> saved.add(event.bean()));
		form.edit(new Worker());
		test(form.code).setValue("W1");
		test(form.name).setValue("Camille Martin");
	}

	@Test
	void maximumBelowContractIsRefused() {
		test(form.contractMinutes).setValue(1200);
		test(form.maxMinutes).setValue(900);
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.status.getText()).isEqualTo(message("worker.form.maxMinutes.belowContract"));
	}

	@Test
	void contractAboveLegalMaximumIsRefused() {
		test(form.contractMinutes).setValue(3000);
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.contractMinutes.getErrorMessage()).isEqualTo(message("worker.form.contractMinutes.range")
				.replace("{min}", "0").replace("{max}", String.valueOf(LabourLaw.MAX_WEEKLY_WORK_MINUTES)));
	}

	@Test
	void contractShowsHours() {
		test(form.contractMinutes).setValue(1230);

		assertThat(form.contractMinutes.getHelperText()).isEqualTo(message("worker.form.hours", 20, 30));
	}

	@Test
	void incompleteAvailabilityRowIsRefused() {
		test(form.availability.add).click();
		var row = (DayTimeRow) form.availability.rows().getFirst();
		row.day.setValue(DayOfWeek.TUESDAY);
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.availability.getErrorMessage()).isEqualTo(message("base.rows.incomplete"));
	}

	@Test
	void unavailabilityEndingBeforeItStartsIsRefused() {
		test(form.unavailability.add).click();
		var row = (PeriodRow) form.unavailability.rows().getFirst();
		row.start.setValue(LocalDateTime.of(2026, 12, 1, 8, 0));
		row.end.setValue(LocalDateTime.of(2026, 11, 30, 8, 0));
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.unavailability.getErrorMessage()).isEqualTo(message("base.rows.incomplete"));
	}

	@Test
	void validWorkerIsSavedWithAvailability() {
		test(form.contractMinutes).setValue(1200);
		test(form.maxMinutes).setValue(1500);
		test(form.availability.add).click();
		var row = (DayTimeRow) form.availability.rows().getFirst();
		row.day.setValue(DayOfWeek.TUESDAY);
		row.from.setValue(LocalTime.of(8, 0));
		row.to.setValue(LocalTime.of(12, 0));
		test(form.save).click();

		assertThat(saved).singleElement().satisfies(worker -> {
			assertThat(worker.getMaxMinutes()).isEqualTo(1500);
			assertThat(worker.getAvailability())
					.containsExactly(new AvailabilitySlot(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
		});
	}

	@Test
	void availabilityUpToMidnightShowsAs2400AndIsSavedUnchanged() {
		var friday = new AvailabilitySlot(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT);
		var saturday = new AvailabilitySlot(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0));
		var worker = new Worker();
		worker.setCode("W2");
		worker.setName("Noé Petit");
		worker.setAvailability(List.of(friday, saturday));
		form.edit(worker);

		var row = (DayTimeRow) form.availability.rows().getFirst();
		assertThat(row.to.getItemLabelGenerator().apply(row.to.getValue())).isEqualTo("24:00");
		test(form.save).click();

		assertThat(saved).singleElement()
				.satisfies(w -> assertThat(w.getAvailability()).containsExactly(friday, saturday));
	}

	@Test
	void contractMembersAndTheirAmendmentAreSaved() {
		var bakery = member("Boulangerie Martin");
		var townHall = member("Mairie");
		form.setChoices(List.of(), List.of(bakery, townHall));
		form.edit(new Worker());
		test(form.code).setValue("W3");
		test(form.name).setValue("Alice Dupont");
		assertThat(form.relations.contractMembers.getPlaceholder())
				.isEqualTo(message("worker.form.contractMembers.all"));

		form.relations.contractMembers.setValue(Set.of(townHall));
		test(form.relations.contractAmendedOn).setValue(LocalDate.of(2026, 9, 1));
		test(form.save).click();

		assertThat(saved).singleElement().satisfies(worker -> {
			assertThat(worker.getContractMembers()).containsExactly(townHall);
			assertThat(worker.getContractAmendedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
		});
	}

	@Test
	void contractPlacesOfWorkAreChosenAmongTheMembersSitesNamedWithTheirMember() {
		var club = member("Club sportif");
		var gym = site(club, "Gymnase");
		var stadium = site(club, "Stade");
		form.setChoices(List.of(), List.of(club));
		form.edit(new Worker());
		test(form.code).setValue("W4");
		test(form.name).setValue("Alice Dupont");
		assertThat(form.relations.contractSites.getPlaceholder()).isEqualTo(message("worker.form.contractSites.all"));
		assertThat(form.relations.contractSites.getItemLabelGenerator().apply(stadium))
				.isEqualTo("Club sportif — Stade");

		form.relations.contractSites.setValue(Set.of(gym));
		test(form.save).click();

		assertThat(saved).singleElement()
				.satisfies(worker -> assertThat(worker.getContractSites()).containsExactly(gym));
	}

	private static Site site(Member member, String name) {
		var site = new Site();
		site.setName(name);
		member.addSite(site);
		return site;
	}

	private static Member member(String name) {
		var member = new Member();
		member.setName(name);
		return member;
	}

	private String message(String key, Object... params) {
		return Translations.translate(key, UI.getCurrent().getLocale(), params);
	}

}
