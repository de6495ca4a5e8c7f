package fr.mosaic.request;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.GroupSettingsService;
import fr.mosaic.base.TestClock;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.request.RecurringAddition.LeftOutWindow;
import fr.mosaic.security.AppRoles;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.SkillService;

/**
 * The register on the coming night the clocks go forward in Paris (Sunday 2027-03-28 for the default test clock), when
 * 02:00 becomes 03:00: the week is found from the test clock, so it is never over whatever the clock says.
 */
@WithMockUser(roles = AppRoles.COORDINATOR)
@SpringBootTest
class RequestClockChangeIT {

	// The coming spring-forward night in Paris: recurring requests are only added to weeks not yet over.
	static final LocalDate SUNDAY = ClockChangeWeeks.nextSpringForwardSunday(TestClock.clock());

	static final LocalDate SPRING_FORWARD = SUNDAY.minusDays(6);

	@Autowired
	RequestService requests;

	@Autowired
	MemberService members;

	@Autowired
	SkillService skills;

	@Autowired
	GroupSettingsService settings;

	@Autowired
	DataSource dataSource;

	private Member member;

	private Skill skill;

	@BeforeEach
	void emptyRegisterInParis() {
		DatabaseCleaner.clean(dataSource);
		setZone("Europe/Paris");
		member = members.save(member("DST-M", "Boulangerie de l'Horloge"));
		skill = skills.save(skill("DST-K", "Vente"));
	}

	@AfterEach
	void backToParis() {
		setZone("Europe/Paris");
	}

	@Test
	void oneOffWindowAtATimeTheClocksSkipIsRefusedWithItsFieldAndNothingIsStored() {
		var startsInTheGap = request("R1", window(SUNDAY.atTime(2, 30), SUNDAY.atTime(6, 0)));
		var endsInTheGap = request("R2", window(SUNDAY.atTime(0, 0), SUNDAY.atTime(1, 0)),
				window(SUNDAY.atTime(0, 30), SUNDAY.atTime(2, 30)));

		assertThatThrownBy(() -> requests.save(startsInTheGap)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("windows[0].start: " + SUNDAY + "T02:30 does not exist in Europe/Paris, "
						+ "the clocks go forward that night");
		assertThatThrownBy(() -> requests.save(endsInTheGap)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("windows[1].end: " + SUNDAY + "T02:30 does not exist in Europe/Paris");
		assertThat(requests.skippedTime(endsInTheGap.getWindows()))
				.contains(new SkippedTime("windows[1].end", SUNDAY.atTime(2, 30)));
		assertThat(requests.findByWeek(SPRING_FORWARD)).isEmpty();
	}

	@Test
	void oneOffWindowFromTheMomentTheClocksJumpIsStored() {
		requests.save(request("R3", window(SUNDAY.atTime(3, 0), SUNDAY.atTime(6, 0))));

		assertThat(requests.findByWeek(SPRING_FORWARD)).singleElement()
				.satisfies(stored -> assertThat(stored.getWindows())
						.containsExactly(window(SUNDAY.atTime(3, 0), SUNDAY.atTime(6, 0))));
	}

	@Test
	void theTimesRefusedAreThoseTheGroupsZoneSkips() {
		setZone("America/New_York");
		// New York goes forward on the second Sunday of March, two or three weeks before Paris
		var newYorkSunday = SUNDAY.withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));

		requests.save(request("R4", window(SUNDAY.atTime(2, 30), SUNDAY.atTime(6, 0))));

		assertThat(requests.skippedTime(List.of(window(newYorkSunday.atTime(2, 0), newYorkSunday.atTime(4, 0)))))
				.contains(new SkippedTime("windows[0].start", newYorkSunday.atTime(2, 0)));
		assertThat(requests.findByWeek(SPRING_FORWARD)).extracting(Request::getCode).containsExactly("R4");
	}

	@Test
	void recurringWindowStartingInTheSkippedHourStartsWhenTheClocksJump() {
		var recurring = recurring(new RecurringWindow(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(6, 0)));

		var addition = requests.addRecurringRequests(SPRING_FORWARD);

		assertThat(addition).isEqualTo(new RecurringAddition(1, List.of()));
		assertThat(requests.findByWeek(SPRING_FORWARD)).singleElement().satisfies(request -> {
			assertThat(request.getCode()).isEqualTo(recurring.code());
			assertThat(request.getWindows()).containsExactly(window(SUNDAY.atTime(3, 0), SUNDAY.atTime(6, 0)));
		});
		requests.addRecurringRequests(SPRING_FORWARD.plusWeeks(1));
		assertThat(requests.findByWeek(SPRING_FORWARD.plusWeeks(1))).singleElement()
				.satisfies(request -> assertThat(request.getWindows())
						.containsExactly(window(SUNDAY.plusWeeks(1).atTime(2, 30), SUNDAY.plusWeeks(1).atTime(6, 0))));
	}

	@Test
	void recurringWindowInsideTheSkippedHourGivesNoWindowThatDayAndIsSaid() {
		var night = new RecurringWindow(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(3, 0));
		var saturday = new RecurringWindow(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(11, 0));
		var withSaturday = recurring(night, saturday);
		var nightOnly = recurring(night);

		var addition = requests.addRecurringRequests(SPRING_FORWARD);

		assertThat(addition.added()).isOne();
		assertThat(addition.leftOut()).containsExactly(new LeftOutWindow(withSaturday, SUNDAY, night, 0),
				new LeftOutWindow(nightOnly, SUNDAY, night, 0));
		assertThat(requests.findByWeek(SPRING_FORWARD)).singleElement().satisfies(request -> {
			assertThat(request.getCode()).isEqualTo(withSaturday.code());
			assertThat(request.getWindows())
					.containsExactly(window(SUNDAY.minusDays(1).atTime(10, 0), SUNDAY.minusDays(1).atTime(11, 0)));
		});
	}

	@Test
	void recurringWindowTheNightLeavesShorterThanAShiftIsLeftOutWithItsElapsedMinutes() {
		var fourHours = new RecurringWindow(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(5, 0));
		var recurring = recurring(fourHours);
		recurring.setDurationMinutes(240);
		recurring = requests.saveRecurring(recurring);

		var addition = requests.addRecurringRequests(SPRING_FORWARD);

		assertThat(addition)
				.isEqualTo(new RecurringAddition(0, List.of(new LeftOutWindow(recurring, SUNDAY, fourHours, 180))));
		assertThat(requests.findByWeek(SPRING_FORWARD)).isEmpty();
	}

	/** Shifts of one hour on the given weekly windows, for the spring and the summer of that night. */
	private RecurringRequest recurring(RecurringWindow... windows) {
		var recurring = new RecurringRequest();
		recurring.setMember(member);
		recurring.setSite(member.getSites().getFirst());
		recurring.setSkill(skill);
		recurring.setDurationMinutes(60);
		recurring.setFirstDay(SPRING_FORWARD.minusWeeks(3));
		recurring.setLastDay(SPRING_FORWARD.plusWeeks(22).minusDays(1));
		recurring.setWindows(List.of(windows));
		return requests.saveRecurring(recurring);
	}

	private Request request(String code, RequestWindow... windows) {
		var request = new Request();
		request.setCode(code);
		request.setWeekStart(SPRING_FORWARD);
		request.setMember(member);
		request.setSite(member.getSites().getFirst());
		request.setSkill(skill);
		request.setDurationMinutes(60);
		request.setWindows(List.of(windows));
		return request;
	}

	private static RequestWindow window(LocalDateTime start, LocalDateTime end) {
		return new RequestWindow(start, end);
	}

	private void setZone(String zone) {
		var group = settings.get();
		group.setTimeZone(zone);
		settings.save(group);
	}

}
