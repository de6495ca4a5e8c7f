package fr.mosaic.request;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.RegisterFixtures;
import fr.mosaic.base.RefusedException;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.SkillService;

/** The service keeps the rule that requests, one-off or recurring, go only to the current or a coming week. */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class RequestServiceIT {

	@Autowired
	RequestService requests;

	@Autowired
	MemberService members;

	@Autowired
	SkillService skills;

	@Autowired
	Clock clock;

	@Test
	void recurringRequestsForAWeekAlreadyOverAreRefusedAndNothingIsStored() {
		var thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var lastWeek = thisMonday.minusWeeks(1);
		var recurring = RegisterFixtures.recurring(members.save(member("RSV-M1", "Cave RSV")),
				skills.save(skill("RSV-K1", "Vendange")));
		recurring.setFirstDay(lastWeek);
		recurring.setLastDay(thisMonday.plusWeeks(4));
		requests.saveRecurring(recurring);
		var storedBefore = requests.findByWeek(lastWeek).size();

		var refused = catchThrowableOfType(RefusedException.class, () -> requests.addRecurringRequests(lastWeek));

		assertThat(refused.key()).isEqualTo("request.form.weekStart.past");
		assertThat(requests.findByWeek(lastWeek)).hasSize(storedBefore);
		// the current week is not over yet
		assertThat(requests.addRecurringRequests(thisMonday).added()).isPositive();
		assertThat(requests.findByWeek(thisMonday)).filteredOn(r -> r.getMember().getCode().equals("RSV-M1"))
				.hasSize(1);
	}

	@Test
	void aRequestForAWeekAlreadyOverIsRefusedAndNothingIsStored() {
		var thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var member = members.save(member("RSV-M2", "Cave RSV 2"));
		var skill = skills.save(skill("RSV-K2", "Mise en bouteille"));

		var refused = catchThrowableOfType(RefusedException.class,
				() -> requests.save(RegisterFixtures.request("RSV-R1", member, skill, thisMonday.minusWeeks(1))));

		assertThat(refused.key()).isEqualTo("request.form.weekStart.past");
		assertThat(requests.findByWeek(thisMonday.minusWeeks(1))).noneMatch(r -> r.getCode().equals("RSV-R1"));
		// the current week is not over yet
		requests.save(RegisterFixtures.request("RSV-R2", member, skill, thisMonday));
		assertThat(requests.findByWeek(thisMonday)).anyMatch(r -> r.getCode().equals("RSV-R2"));
	}

	@Test
	void aProblemFileReplacesAWeekAlreadyOver() {
		var lastYear = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(52);
		var member = members.save(member("RSV-M3", "Cave RSV 3"));
		var skill = skills.save(skill("RSV-K3", "Taille"));
		requests.replaceWeek(lastYear, List.of(RegisterFixtures.request("RSV-R3", member, skill, lastYear)));

		var stored = requests.replaceWeek(lastYear, List.of(RegisterFixtures.request("RSV-R4", member, skill, lastYear),
				RegisterFixtures.request("RSV-R5", member, skill, lastYear)));

		assertThat(stored).extracting(r -> r.getCode()).containsExactly("RSV-R4", "RSV-R5");
		assertThat(requests.findByWeek(lastYear)).extracting(r -> r.getCode()).containsExactly("RSV-R4", "RSV-R5");
	}

}
