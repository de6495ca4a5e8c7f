package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.member.Site;
import fr.mosaic.request.RecurringRequest;
import fr.mosaic.request.RecurringWindow;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.AvailabilitySlot;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.Worker;
import fr.mosaic.worker.WorkerService;

/** The register on a real MariaDB: migrations, optimistic locking, validation and refused orphaning deletes. */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class RegisterIT {

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	SkillService skills;

	@Autowired
	RequestService requests;

	@Autowired
	Clock clock;

	@Test
	void twoCoordinatorsEditingTheSameWorkerGetAConflictNotALostUpdate() {
		var stored = workers.save(worker("reg-w1", skill("reg-sk1")));
		var first = workers.get(stored.getId());
		var second = workers.get(stored.getId());

		first.setName("Edited first");
		workers.save(first);
		second.setName("Edited second");

		assertThatThrownBy(() -> workers.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(workers.get(stored.getId()).getName()).isEqualTo("Edited first");
	}

	@Test
	void memberWithItsSitesIsStoredAndFoundBySearch() {
		members.save(member("reg-m1", "Ferme des Tilleuls", "reg-m1-s1"));

		assertThat(members.find("tilleuls", PageRequest.of(0, 10))).singleElement()
				.satisfies(found -> assertThat(members.get(found.getId()).getSites()).extracting(Site::getCode)
						.containsExactly("reg-m1-s1"));
	}

	@Test
	void invalidWorkerIsRefusedWithTheFieldsAtFault() {
		var worker = worker("reg-w2", skill("reg-sk2"));
		worker.setContractMinutes(2400);
		worker.setMaxMinutes(2100);

		assertThatThrownBy(() -> workers.save(worker)).isInstanceOf(ConstraintViolationException.class)
				.hasMessageContaining("maxAtLeastContract");
	}

	@Test
	void deletingASkillOrMemberStillInUseIsRefusedWithWhatUsesIt() {
		var skill = skill("reg-sk3");
		workers.save(worker("reg-w3", skill));
		var member = members.save(member("reg-m2", "Golf du Val", "reg-m2-s1"));
		var recurring = new RecurringRequest();
		recurring.setMember(member);
		recurring.setSite(member.getSites().getFirst());
		recurring.setSkill(skill);
		recurring.setFirstDay(LocalDate.of(2027, 1, 4));
		recurring.setLastDay(LocalDate.of(2027, 3, 28));
		recurring.setWindows(List.of(new RecurringWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));
		requests.saveRecurring(recurring);

		assertThatThrownBy(() -> skills.delete(skill)).isInstanceOfSatisfying(ReferenceCheck.InUseException.class,
				ex -> assertThat(ex.references()).extracting(ReferenceCheck.Reference::key)
						.containsExactlyInAnyOrder("worker.reference.workers", "request.reference.requests"));
		assertThatThrownBy(() -> members.delete(member)).isInstanceOf(ReferenceCheck.InUseException.class);
		assertThat(skills.findByCode("reg-sk3")).isPresent();
	}

	@Test
	void recurringRequestProducesEachWeekItCoversOnce() {
		var skill = skill("reg-sk4");
		var member = members.save(member("reg-m3", "EHPAD Les Glycines", "reg-m3-s1"));
		var recurring = new RecurringRequest();
		recurring.setMember(member);
		recurring.setSite(member.getSites().getFirst());
		recurring.setSkill(skill);
		// four weeks, from a Monday to a Sunday, well ahead of the test clock's week
		var first = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(10);
		recurring.setFirstDay(first);
		recurring.setLastDay(first.plusWeeks(4).minusDays(1));
		recurring.setWindows(List.of(new RecurringWindow(DayOfWeek.FRIDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))));
		requests.saveRecurring(recurring);
		var week = first.plusWeeks(1);

		// other tests' recurring requests may cover these weeks too: only this member's requests are counted
		requests.addRecurringRequests(week);
		requests.addRecurringRequests(week);
		requests.addRecurringRequests(first.plusWeeks(4));
		assertThat(requests.findByWeek(week)).filteredOn(request -> request.getMember().getCode().equals("reg-m3"))
				.singleElement().satisfies(request -> assertThat(request.getWindows()).singleElement()
						.satisfies(window -> assertThat(window.start()).isEqualTo(week.plusDays(4).atTime(13, 0))));
		assertThat(requests.findByWeek(first.plusWeeks(4)))
				.noneMatch(request -> request.getMember().getCode().equals("reg-m3"));
	}

	private Skill skill(String code) {
		var skill = new Skill();
		skill.setCode(code);
		skill.setName("Compétence " + code);
		return skills.save(skill);
	}

	private static Worker worker(String code, Skill skill) {
		var worker = new Worker();
		worker.setCode(code);
		worker.setName("Salarié " + code);
		worker.setSkills(List.of(skill));
		worker.setAvailability(
				List.of(new AvailabilitySlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))));
		return worker;
	}

	private static Member member(String code, String name, String siteCode) {
		var member = new Member();
		member.setCode(code);
		member.setName(name);
		var site = new Site();
		site.setCode(siteCode);
		site.setName("Site principal");
		site.setLat(45.76);
		site.setLon(4.83);
		member.addSite(site);
		return member;
	}

}
