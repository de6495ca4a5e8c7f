package fr.mosaic.statement;

import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.AccountFixtures;
import fr.mosaic.PlannedWeeks;
import fr.mosaic.member.MemberService;
import fr.mosaic.member.Site;
import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.statement.MonthlyStatement.Line;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

/**
 * The hours of an October's published weeks, counted in elapsed minutes: a shift through the night the clocks go back
 * counts the hour lived twice, one across a month's last midnight counts in each month its minutes fall in, a draft
 * counts nothing. The CSV reads back with the same totals. A member reads its own statement only, a worker their own
 * hours only.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementServiceTest {

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	StatementService statements;

	@Autowired
	RequestService requests;

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	SkillService skills;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	PlannedWeeks plannedWeeks;

	@Autowired
	Clock clock;

	long memberA;

	long memberB;

	long worker1;

	long worker2;

	/** An October years ahead of the tests' today, which no other test plans. */
	YearMonth october;

	/** Its Sunday the clocks go back: 02:00 to 03:00 twice. */
	LocalDate fallBackSunday;

	/** 22:00 on the last day of September or October, whichever is no Sunday: a shift from then crosses a month. */
	LocalDateTime acrossMonths;

	List<LocalDate> published;

	LocalDate draft;

	@BeforeAll
	void publishOctober() {
		memberA = fixtures.member("stm-member-a", "STM-MA");
		memberB = fixtures.member("stm-member-b", "STM-MB");
		worker1 = fixtures.worker("stm-worker-1", "STM-W1");
		worker2 = fixtures.worker("stm-worker-2", "STM-W2");
		october = YearMonth.of(LocalDate.now(clock).getYear() + 5, 10);
		var transition = ClockChangeWeeks.PARIS.getRules()
				.nextTransition(october.atDay(1).atStartOfDay(ClockChangeWeeks.PARIS).toInstant());
		assertThat(transition.isOverlap()).isTrue();
		fallBackSunday = transition.getDateTimeBefore().toLocalDate();
		var lastDay = october.atEndOfMonth().getDayOfWeek() == DayOfWeek.SUNDAY
				? october.minusMonths(1).atEndOfMonth()
				: october.atEndOfMonth();
		acrossMonths = lastDay.atTime(22, 0);
		var fallBackWeek = StatementFixtures.monday(fallBackSunday);
		var crossingWeek = StatementFixtures.monday(lastDay);
		published = List.of(fallBackWeek, crossingWeek);
		draft = fallBackWeek.minusWeeks(2);
		systemAccess.run(() -> {
			var a = members.get(memberA);
			if (a.getSites().size() == 1) {
				var second = new Site();
				second.setCode("STM-MA-S2");
				second.setName("Atelier");
				second.setLat(45.1);
				second.setLon(5.1);
				a.addSite(second);
				members.save(a);
			}
			var skill = skills.findAll().stream().filter(s -> s.getCode().equals("STM-SK")).findFirst()
					.orElseGet(() -> skills.save(skill("STM-SK", "Relevés mensuels")));
			// 00:00 to 09:00 on the wall clock: 600 minutes lived
			var night = requests.save(StatementFixtures.request(
					request("STM-R1", members.get(memberA), skill, fallBackWeek), fallBackSunday.atStartOfDay(), 600));
			var withSites = members.get(memberA);
			var day = request("STM-R2", withSites, skill, fallBackWeek);
			day.setSite(withSites.getSites().stream().filter(site -> site.getCode().equals("STM-MA-S2")).findFirst()
					.orElseThrow());
			day = requests.save(day);
			var ofB = requests.save(request("STM-R3", members.get(memberB), skill, fallBackWeek));
			plannedWeeks.draft(fallBackWeek,
					List.of(StatementFixtures.shift(night, workers.get(worker1)),
							StatementFixtures.shift(day, workers.get(worker2)),
							StatementFixtures.shift(ofB, workers.get(worker1))));
			// 22:00 to 02:00 the next day: 120 minutes in each month
			var crossing = requests.save(StatementFixtures
					.request(request("STM-R4", members.get(memberA), skill, crossingWeek), acrossMonths, 240));
			plannedWeeks.draft(crossingWeek, List.of(StatementFixtures.shift(crossing, workers.get(worker1))));
			published.forEach(plannedWeeks::publish);
			var notPublished = requests.save(request("STM-R5", members.get(memberA), skill, draft));
			plannedWeeks.draft(draft, List.of(StatementFixtures.shift(notPublished, workers.get(worker2))));
		});
	}

	@AfterAll
	void removeWeeks() {
		plannedWeeks.remove(published.getFirst(), published.getLast(), draft);
	}

	@Test
	@WithMockUser(username = "stm-member-a", roles = AppRoles.MEMBER)
	void aMemberReadsItsMonthPerWorkerAndSiteInElapsedMinutes() throws IOException {
		var statement = statements.memberStatement(memberA, october);

		assertThat(statement.lines()).containsExactly(new Line("STM-W1", "STM-W1", "STM-MA-S", "Accueil", 600 + 120),
				new Line("STM-W2", "STM-W2", "STM-MA-S2", "Atelier", 180));
		assertThat(statement.totalMinutes()).isEqualTo(900);
		var crossingMonth = YearMonth.from(acrossMonths);
		var otherMonth = crossingMonth.equals(october) ? october.plusMonths(1) : crossingMonth;
		assertThat(statements.memberStatement(memberA, otherMonth).lines()).as("the crossing shift's other month")
				.extracting(Line::minutes).containsExactly(120L);

		List<CSVRecord> records;
		List<String> header;
		try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(StatementCsv.write(statement)))) {
			header = parser.getHeaderNames();
			records = parser.getRecords();
		}
		assertThat(header).containsExactly(StatementCsv.HEADER);
		assertThat(records)
				.extracting(r -> r.get("worker"), r -> r.get("site"), r -> r.get("minutes"), r -> r.get("hours"))
				.containsExactly(tuple("STM-W1", "Accueil", "720", "12.00"), tuple("STM-W2", "Atelier", "180", "3.00"));
		assertThat(records).extracting(r -> r.get("month"), r -> r.get("member_id"))
				.containsOnly(tuple(october.toString(), "STM-MA"));
		assertThat(records.stream().mapToLong(r -> Long.parseLong(r.get("minutes"))).sum()).isEqualTo(900);
	}

	@Test
	@WithMockUser(username = "stm-member-a", roles = AppRoles.MEMBER)
	void aMemberIsRefusedAnotherMembersStatementAndAnyWorkersHours() {
		assertThatThrownBy(() -> statements.memberStatement(memberB, october))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> weekPlans.publishedShiftsOfMember(memberB, published.getFirst()))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> statements.workerMinutes(worker1, october)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> statements.publishedWeekOf(worker1, published.getFirst()))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(username = "stm-worker-1", roles = AppRoles.WORKER)
	void aWorkerReadsTheirHoursAtEveryMemberAndNoOneElses() {
		assertThat(statements.workerMinutes(worker1, october)).as("600 + 120 at A, 180 at B").isEqualTo(900);

		assertThat(statements.publishedWeekOf(worker1, published.getFirst())).extracting(ShiftWithTravel::shift)
				.extracting(shift -> shift.getRequest().getCode()).containsExactly("STM-R3", "STM-R1");

		assertThatThrownBy(() -> statements.workerMinutes(worker2, october)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> statements.publishedWeekOf(worker2, published.getFirst()))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> statements.memberStatement(memberA, october))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void theCoordinatorReadsAnyMembersStatementAndAWeekBeingCorrectedAsPublished() {
		assertThat(statements.memberStatement(memberB, october).lines())
				.containsExactly(new Line("STM-W1", "STM-W1", "STM-MB-S", "Accueil", 180));
		assertThat(statements.workerMinutes(worker2, october)).as("the draft's shift counts nothing").isEqualTo(180);

		weekPlans.reopen(published.getFirst());
		try {
			assertThat(statements.memberStatement(memberA, october).totalMinutes()).isEqualTo(900);
		} finally {
			weekPlans.publish(published.getFirst());
		}
	}

}
