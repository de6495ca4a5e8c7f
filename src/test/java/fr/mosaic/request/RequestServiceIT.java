package fr.mosaic.request;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.RegisterFixtures;
import fr.mosaic.base.RefusedException;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.SkillService;

/** The service keeps the rule that recurring requests are added only to the current or a coming week. */
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

}
