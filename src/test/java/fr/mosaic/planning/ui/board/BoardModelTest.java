package fr.mosaic.planning.ui.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Skill;
import fr.mosaic.interchange.ProblemDocument.Window;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.planning.ui.board.BoardModel.Block;
import fr.mosaic.planning.ui.board.BoardModel.Filter;

class BoardModelTest {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Test
	void aShiftIsPlacedByItsTimeWithinTheHoursTheWeekUses() {
		var board = week(MONDAY).covered("r1", "m1", "cook", "w1", at(MONDAY, 8, 0), at(MONDAY, 12, 0))
				.covered("r2", "m1", "cook", "w2", at(MONDAY.plusDays(1), 7, 0), at(MONDAY.plusDays(1), 15, 0)).board();

		var block = board.rows().getFirst().blocks().getFirst();

		assertThat(block.shift()).isEqualTo("r1#0");
		assertThat(block.day()).isZero();
		assertThat(block.startMinute()).isEqualTo(8 * 60);
		assertThat(block.endMinute()).isEqualTo(12 * 60);
		assertThat(block.minutes()).isEqualTo(240);
		assertThat(board.span()).isEqualTo(new BoardModel.Span(7, 15));
		assertThat(board.span().left(block)).as("1 h of the 8 shown").isCloseTo(12.5, within(1e-9));
		assertThat(board.span().width(block)).as("4 h of the 8 shown").isCloseTo(50.0, within(1e-9));
		assertThat(block.member()).isEqualTo("Member m1");
		assertThat(block.site()).isEqualTo("Site of m1");
		assertThat(block.skill()).isEqualTo("Skill cook");
		assertThat(block.continued()).isFalse();
		assertThat(block.goesOn()).isFalse();
		assertThat(board.rows().getFirst().blocksOn(0)).containsExactly(block);
		assertThat(board.rows().getFirst().blocksOn(1)).isEmpty();
	}

	@Test
	void theDaysShowTheHoursFromTheEarliestStartToTheLatestEnd() {
		var board = week(MONDAY).covered("r1", "m1", "cook", "w1", at(MONDAY, 5, 30), at(MONDAY, 9, 0))
				.covered("r2", "m1", "cook", "w1", at(MONDAY.plusDays(3), 20, 0), at(MONDAY.plusDays(3), 22, 30))
				.board();

		assertThat(board.span()).isEqualTo(new BoardModel.Span(5, 23));
		var early = board.rows().getFirst().blocks().getFirst();
		assertThat(board.span().left(early)).isCloseTo(100.0 * 30 / (18 * 60), within(1e-9));
	}

	@Test
	void theDaysShowEightHoursAtLeast() {
		assertThat(week(MONDAY).covered("r1", "m1", "cook", "w1", at(MONDAY, 8, 0), at(MONDAY, 12, 0)).board().span())
				.as("a week of mornings").isEqualTo(new BoardModel.Span(8, 16));
		assertThat(week(MONDAY).covered("r1", "m1", "cook", "w1", at(MONDAY, 20, 0), at(MONDAY, 23, 0)).board().span())
				.as("a week of evenings").isEqualTo(new BoardModel.Span(16, 24));
		assertThat(week(MONDAY).worker("w1", 2100, 0, 0, 0).board().span()).as("an empty week")
				.isEqualTo(BoardModel.WORKING_DAY);
	}

	@Test
	void onTheSundayTheClocksGoBackEightOClockIsWhereItIsEveryDay() {
		var sunday = ClockChangeWeeks.FALL_BACK.plusDays(6);
		var board = week(ClockChangeWeeks.FALL_BACK)
				.covered("r0", "m1", "cook", "w1", at(ClockChangeWeeks.FALL_BACK, 6, 0),
						at(ClockChangeWeeks.FALL_BACK, 10, 0))
				.covered("r1", "m1", "cook", "w1", at(sunday, 8, 0), at(sunday, 12, 0)).board();

		var block = board.rows().getFirst().blocks().getLast();

		assertThat(block.day()).isEqualTo(6);
		assertThat(block.startMinute()).as("not the 9:00 of counting 1,440 minutes a day").isEqualTo(8 * 60);
		assertThat(board.span()).isEqualTo(new BoardModel.Span(6, 14));
		assertThat(board.span().left(block)).isCloseTo(25.0, within(1e-9));
		assertThat(board.span().width(block)).isCloseTo(50.0, within(1e-9));
	}

	@Test
	void onTheSundayTheClocksGoForwardAShiftAcrossTheSkippedHourIsShorterThanItLooks() {
		var sunday = ClockChangeWeeks.SPRING_FORWARD.plusDays(6);
		var board = week(ClockChangeWeeks.SPRING_FORWARD)
				.covered("r1", "m1", "cook", "w1", at(sunday, 1, 0), at(sunday, 5, 0)).board();

		var block = board.rows().getFirst().blocks().getFirst();

		assertThat(block.startMinute()).isEqualTo(60);
		assertThat(block.endMinute()).isEqualTo(5 * 60);
		assertThat(block.minutes()).as("02:00 to 03:00 does not exist").isEqualTo(180);
		assertThat(board.span().firstHour()).isEqualTo(1);
	}

	@Test
	void aNightShiftIsSplitAtMidnightAcrossTheRepeatedHour() {
		var saturday = ClockChangeWeeks.FALL_BACK.plusDays(5);
		var board = week(ClockChangeWeeks.FALL_BACK)
				.covered("r1", "m1", "cook", "w1", at(saturday, 22, 0), at(saturday.plusDays(1), 6, 0)).board();

		var blocks = board.rows().getFirst().blocks();

		assertThat(blocks).extracting(Block::shift).containsExactly("r1#0", "r1#0");
		var evening = blocks.get(0);
		var morning = blocks.get(1);
		assertThat(evening.day()).isEqualTo(5);
		assertThat(evening.startMinute()).isEqualTo(22 * 60);
		assertThat(evening.endMinute()).isEqualTo(24 * 60);
		assertThat(evening.goesOn()).isTrue();
		assertThat(evening.continued()).isFalse();
		assertThat(morning.day()).isEqualTo(6);
		assertThat(morning.startMinute()).isZero();
		assertThat(morning.endMinute()).isEqualTo(6 * 60);
		assertThat(morning.continued()).isTrue();
		assertThat(morning.goesOn()).isFalse();
		assertThat(morning.minutes()).as("the whole shift, with the hour lived twice").isEqualTo(9 * 60);
		assertThat(board.span()).isEqualTo(new BoardModel.Span(0, 24));
		assertThat(board.span().left(evening)).isCloseTo(100.0 * 22 / 24, within(1e-9));
		assertThat(board.span().width(evening)).isCloseTo(100.0 * 2 / 24, within(1e-9));
		assertThat(board.span().width(morning)).isCloseTo(25.0, within(1e-9));
	}

	@Test
	void whatASundayNightShiftWorksAfterTheWeekIsLeftToTheNextWeeksBoard() {
		var sunday = MONDAY.plusDays(6);
		var board = week(MONDAY).covered("r1", "m1", "cook", "w1", at(sunday, 22, 0), at(sunday.plusDays(1), 6, 0))
				.board();

		var blocks = board.rows().getFirst().blocks();

		assertThat(blocks).singleElement().satisfies(block -> {
			assertThat(block.day()).isEqualTo(6);
			assertThat(block.endMinute()).isEqualTo(24 * 60);
			assertThat(block.goesOn()).isTrue();
		});
	}

	@Test
	void aRepeatedTimeIsReadWithItsOffset() {
		var sunday = ClockChangeWeeks.FALL_BACK.plusDays(6);
		var second = new WallTime(sunday.atTime(2, 30), ZoneOffset.ofHours(1));
		var board = week(ClockChangeWeeks.FALL_BACK)
				.covered("r1", "m1", "cook", "w1", second, WallTime.of(sunday.atTime(4, 0))).board();

		var block = board.rows().getFirst().blocks().getFirst();

		assertThat(block.startMinute()).isEqualTo(150);
		assertThat(block.minutes()).isEqualTo(90);
	}

	@Test
	void eachRowCarriesTheWorkersWeekTotals() {
		var board = week(MONDAY).covered("r1", "m1", "cook", "w1", at(MONDAY, 8, 0), at(MONDAY, 12, 0))
				.covered("r2", "m2", "cook", "w1", at(MONDAY, 14, 0), at(MONDAY, 17, 0)).worker("w1", 2100, 420, 2, 25)
				.worker("w2", 1200, 0, 0, 0).board();

		var first = board.rows().get(0);
		var second = board.rows().get(1);

		assertThat(first.name()).isEqualTo("Worker w1");
		assertThat(first.scheduledMinutes()).isEqualTo(420);
		assertThat(first.contractMinutes()).isEqualTo(2100);
		assertThat(first.contractShare()).isCloseTo(20.0, within(1e-9));
		assertThat(first.aboveContract()).isFalse();
		assertThat(first.employers()).isEqualTo(2);
		assertThat(first.travelMinutes()).isEqualTo(25);
		assertThat(first.blocks()).extracting(Block::shift).containsExactly("r1#0", "r2#0");
		assertThat(second.blocks()).as("a worker with nothing planned has a row").isEmpty();
		assertThat(second.contractShare()).isZero();
	}

	@Test
	void theHoursAgainstTheContractSayTheTravelTheyInclude() {
		var board = week(MONDAY).worker("w1", 2100, 2059, 2, 49).worker("w2", 2100, 2010, 1, 0).board();

		assertThat(BoardTimes.contract(board.rows().get(0), Locale.FRENCH))
				.isEqualTo("34 h 19 dont 49 min de trajet sur 35 h au contrat");
		assertThat(BoardTimes.contract(board.rows().get(0), Locale.ENGLISH))
				.isEqualTo("34 h 19 min including 49 min of travel, of 35 h contracted");
		assertThat(BoardTimes.contract(board.rows().get(1), Locale.FRENCH)).as("no travel, nothing to say about it")
				.isEqualTo("33 h 30 sur 35 h au contrat");
	}

	@Test
	void aWeekAboveTheContractFillsTheBar() {
		var board = week(MONDAY).worker("w1", 600, 720, 1, 0).board();

		assertThat(board.rows().getFirst().contractShare()).isEqualTo(100.0);
		assertThat(board.rows().getFirst().aboveContract()).isTrue();
	}

	@Test
	void uncoveredShiftsSitInTheTrayByTheirFirstWindow() {
		var board = week(MONDAY).covered("r1", "m1", "cook", "w1", at(MONDAY, 8, 0), at(MONDAY, 12, 0))
				.uncovered("r9", "m2", "clean", MONDAY.plusDays(2), "no one free")
				.uncovered("r8", "m1", "cook", MONDAY.plusDays(1), null).member("m1", 480, 240).member("m2", 240, 0)
				.board();

		assertThat(board.tray()).extracting(BoardModel.UncoveredShift::shift).containsExactly("r8#0", "r9#0");
		var last = board.tray().get(1);
		assertThat(last.day()).isEqualTo(2);
		assertThat(last.member()).isEqualTo("Member m2");
		assertThat(last.skill()).isEqualTo("Skill clean");
		assertThat(last.minutes()).isEqualTo(240);
		assertThat(last.windows()).containsExactly(
				new BoardModel.Window(MONDAY.plusDays(2).atTime(8, 0), MONDAY.plusDays(2).atTime(17, 0)));
		assertThat(last.reason()).isEqualTo("no one free");
		assertThat(board.members()).extracting(BoardModel.MemberTotal::uncoveredMinutes).containsExactly(240, 240);
		assertThat(board.members().getFirst().requestedMinutes()).isEqualTo(480);
		assertThat(board.members().getFirst().coveredMinutes()).isEqualTo(240);
	}

	@Test
	void membersTakeTheColoursInTurn() {
		var week = week(MONDAY);
		for (var i = 1; i <= BoardModel.COLOURS + 1; i++) {
			week.covered("r" + i, "m" + i, "cook", "w1", at(MONDAY, 8, 0), at(MONDAY, 9, 0));
		}

		assertThat(week.board().rows().getFirst().blocks()).extracting(Block::colour).containsExactly(0, 1, 2, 3, 4, 5,
				6, 7, 0);
	}

	@Test
	void aMemberFilterKeepsItsShiftsAndTheirWorkersButNotTheirTotals() {
		var board = filtering().board().filtered(new Filter(Set.of("m2"), Set.of(), Set.of()));

		assertThat(board.rows()).extracting(BoardModel.WorkerRow::workerId).containsExactly("w1");
		assertThat(board.rows().getFirst().blocks()).extracting(Block::shift).containsExactly("r2#0");
		assertThat(board.rows().getFirst().scheduledMinutes()).as("the worker's whole week").isEqualTo(420);
		assertThat(board.tray()).extracting(BoardModel.UncoveredShift::shift).containsExactly("r9#0");
		assertThat(board.members()).extracting(BoardModel.MemberTotal::memberId).containsExactly("m2");
		assertThat(board.memberChoices()).as("every member can still be chosen").hasSize(2);
	}

	@Test
	void aSkillFilterAlsoKeepsTheWorkersWhoHaveTheSkill() {
		var board = filtering().board().filtered(new Filter(Set.of(), Set.of("clean"), Set.of()));

		assertThat(board.rows()).extracting(BoardModel.WorkerRow::workerId).containsExactly("w2", "w3");
		assertThat(board.rows().get(0).blocks()).extracting(Block::shift).containsExactly("r3#0");
		assertThat(board.rows().get(1).blocks()).as("free to take the uncovered clean shift").isEmpty();
		assertThat(board.tray()).extracting(BoardModel.UncoveredShift::shift).containsExactly("r9#0");
		assertThat(board.members()).hasSize(2);
	}

	@Test
	void aWorkerFilterKeepsTheirRowWhole() {
		var board = filtering().board().filtered(new Filter(Set.of(), Set.of(), Set.of("w1", "w3")));

		assertThat(board.rows()).extracting(BoardModel.WorkerRow::workerId).containsExactly("w1", "w3");
		assertThat(board.rows().getFirst().blocks()).hasSize(2);
		assertThat(board.tray()).hasSize(1);
	}

	@Test
	void filtersCombine() {
		var board = filtering().board().filtered(new Filter(Set.of("m1"), Set.of("cook"), Set.of("w1", "w2")));

		assertThat(board.rows()).extracting(BoardModel.WorkerRow::workerId).containsExactly("w1");
		assertThat(board.rows().getFirst().blocks()).extracting(Block::shift).containsExactly("r1#0");
		assertThat(board.tray()).isEmpty();
		assertThat(Filter.NONE.members()).isEmpty();
		assertThat(filtering().board().filtered(Filter.NONE)).isEqualTo(filtering().board());
	}

	/** w1 cooks for m1 and m2, w2 cleans for m1, w3 cleans and has nothing; a clean shift for m2 is uncovered. */
	private static Week filtering() {
		return week(MONDAY).covered("r1", "m1", "cook", "w1", at(MONDAY, 8, 0), at(MONDAY, 12, 0))
				.covered("r2", "m2", "cook", "w1", at(MONDAY, 14, 0), at(MONDAY, 17, 0))
				.covered("r3", "m1", "clean", "w2", at(MONDAY, 8, 0), at(MONDAY, 12, 0))
				.uncovered("r9", "m2", "clean", MONDAY.plusDays(1), null).worker("w1", 2100, 420, 2, 25)
				.worker("w2", 1200, 240, 1, 0).worker("w3", 1200, 0, 0, 0).member("m1", 480, 480)
				.member("m2", 420, 180);
	}

	private static WallTime at(LocalDate day, int hour, int minute) {
		return WallTime.of(day.atTime(hour, minute));
	}

	private static Week week(LocalDate monday) {
		return new Week(monday);
	}

	/**
	 * A week's problem and plan, built shift by shift; members, skills and workers are named after their ids, a worker
	 * has the skills of their shifts (and w3 cleans), and each member one site.
	 */
	private static final class Week {

		private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

		private final LocalDate monday;

		private final Set<String> members = new LinkedHashSet<>();

		private final Set<String> skills = new LinkedHashSet<>();

		private final Map<String, Integer> contracts = new TreeMap<>();

		private final List<Request> requests = new ArrayList<>();

		private final List<PlanDocument.Shift> shifts = new ArrayList<>();

		private final List<PlanDocument.WorkerSummary> workerSummaries = new ArrayList<>();

		private final List<PlanDocument.MemberSummary> memberSummaries = new ArrayList<>();

		Week(LocalDate monday) {
			this.monday = monday;
		}

		Week covered(String request, String member, String skill, String worker, WallTime start, WallTime end) {
			var minutes = Duration.between(start.atZone(PARIS), end.atZone(PARIS)).toMinutes();
			request(request, member, skill, new Window(start, end), (int) minutes);
			contracts.putIfAbsent(worker, 2100);
			shifts.add(new PlanDocument.Shift(request, 0, worker, start, end, null, null));
			return this;
		}

		Week uncovered(String request, String member, String skill, LocalDate day, String reason) {
			request(request, member, skill, new Window(day.atTime(8, 0), day.atTime(17, 0)), 240);
			shifts.add(new PlanDocument.Shift(request, 0, null, null, null, null, reason));
			return this;
		}

		Week worker(String id, int contractMinutes, int workedMinutes, int employers, int travelMinutes) {
			contracts.put(id, contractMinutes);
			workerSummaries.add(new PlanDocument.WorkerSummary(id, workedMinutes, travelMinutes, employers));
			return this;
		}

		Week member(String id, int requestedMinutes, int coveredMinutes) {
			memberSummaries.add(new PlanDocument.MemberSummary(id, requestedMinutes, coveredMinutes));
			return this;
		}

		BoardModel board() {
			var workers = contracts
					.entrySet().stream().map(contract -> new Worker(contract.getKey(), "Worker " + contract.getKey(),
							contract.getValue(), null, null, skillsOf(contract.getKey()), null, null, null, null, null))
					.toList();
			var problem = new ProblemDocument(monday, PARIS.getId(), null,
					skills.stream().map(id -> new Skill(id, "Skill " + id)).toList(),
					members.stream()
							.map(id -> new Member(id, "Member " + id,
									List.of(new Site("site-" + id, "Site of " + id, 45.0, 4.0)), null))
							.toList(),
					workers, requests, null, null, null);
			return BoardModel.of(problem, new PlanDocument(monday, "", true, shifts, workerSummaries, memberSummaries));
		}

		private List<String> skillsOf(String worker) {
			if (worker.equals("w3")) {
				return List.of("clean");
			}
			return shifts.stream().filter(shift -> worker.equals(shift.worker()))
					.flatMap(shift -> requests.stream().filter(request -> request.id().equals(shift.request())))
					.map(Request::skill).distinct().toList();
		}

		private void request(String id, String member, String skill, Window window, int minutes) {
			members.add(member);
			skills.add(skill);
			requests.add(
					new Request(id, member, "site-" + member, skill, minutes, 1, List.of(window), null, null, null));
		}

	}

}
