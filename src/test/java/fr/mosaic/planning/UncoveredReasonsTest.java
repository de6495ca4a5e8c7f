package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Skill;
import fr.mosaic.interchange.ProblemDocument.Unavailable;
import fr.mosaic.interchange.ProblemDocument.Window;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.planning.model.WeekPlanSolution;

class UncoveredReasonsTest {

	private static final LocalDateTime MONDAY_9 = SmallProblem.at(23, 9);

	private static final LocalDateTime MONDAY_12 = SmallProblem.at(23, 12);

	// Coach A is on leave on Monday; coach B is excluded by the member; coach C already works Monday 6:00–14:00.
	private static final List<Worker> COACHES = List.of(
			coach("coach-a", List.of(new Unavailable(SmallProblem.at(23, 0), SmallProblem.at(24, 0), "leave"))),
			coach("coach-b", List.of()), coach("coach-c", List.of()));

	@Test
	void aShiftNobodyHasTheSkillForSaysSo() {
		WeekPlanSolution solution = solution(request("plumbing-r", "plumbing", MONDAY_9, MONDAY_12));

		PlanningMessage reason = UncoveredReasons.explain(solution, PlanNames.IDS).get("plumbing-r#0");

		assertThat(reason.render(Locale.ROOT)).isEqualTo("aucun salarié n'a la compétence plumbing");
		assertThat(reason.render(Locale.ENGLISH)).isEqualTo("no worker has the skill plumbing");
	}

	@Test
	void eachSkilledWorkerIsListedWithTheRuleThatStopsThem() {
		Request busy = request("busy", "coach", SmallProblem.at(23, 6), SmallProblem.at(23, 14));
		Request wanted = request("wanted", "coach", MONDAY_9, MONDAY_12);
		WeekPlanSolution solution = solution(busy, wanted);
		solution.getShifts().getFirst().setWorker(solution.getWorkers().get(2));
		solution.getShifts().getFirst().setStart(6 * 60);

		PlanningMessage reason = UncoveredReasons.explain(solution, PlanNames.IDS).get("wanted#0");

		assertThat(reason.render(Locale.ENGLISH))
				.isEqualTo("no available worker with skill coach (coach-a: on leave or "
						+ "absent; coach-b: excluded by the member or excludes the member; coach-c: would overlap another "
						+ "shift (travel included))");
		assertThat(reason.render(Locale.FRENCH))
				.startsWith("aucun salarié disponible avec la compétence coach (coach-a : en congé ou absent; ");
	}

	@Test
	void aFreeWorkerMeansTheSolverStoppedTooEarly() {
		WeekPlanSolution solution = solution(
				request("wanted", "coach", SmallProblem.at(24, 9), SmallProblem.at(24, 12)));

		assertThat(UncoveredReasons.explain(solution, PlanNames.IDS).get("wanted#0").render(Locale.ENGLISH))
				.isEqualTo("coach-a, coach-c could take it without breaking a rule: let the solver run longer");
		assertThat(UncoveredReasons.explain(solution, PlanNames.IDS).get("wanted#0").render(Locale.FRENCH)).isEqualTo(
				"coach-a, coach-c pourraient l'assurer sans enfreindre de règle : relancer la résolution plus longtemps");
	}

	@Test
	void workersStoppedByTheSameRuleShareOneLineWithAFewNamesAndACount() {
		var mondayLeave = List.of(new Unavailable(SmallProblem.at(23, 0), SmallProblem.at(24, 0), "leave"));
		List<Worker> onLeave = List.of(coach("coach-1", mondayLeave), coach("coach-2", mondayLeave),
				coach("coach-3", mondayLeave), coach("coach-4", mondayLeave), coach("coach-5", mondayLeave));

		PlanningMessage reason = UncoveredReasons
				.explain(solution(onLeave, request("wanted", "coach", MONDAY_9, MONDAY_12)), PlanNames.IDS)
				.get("wanted#0");

		assertThat(reason.render(Locale.ENGLISH)).isEqualTo(
				"no available worker with skill coach (coach-1, coach-2, coach-3 and 2 others: on leave or absent)");
		assertThat(reason.render(Locale.FRENCH)).isEqualTo(
				"aucun salarié disponible avec la compétence coach (coach-1, coach-2, coach-3 et 2 autres : en congé ou absent)");
	}

	@Test
	void aReasonNamesWorkersAndSkillsAndSaysDurationsInHours() {
		Request busy = request("busy", "coach", SmallProblem.at(23, 6), SmallProblem.at(23, 14));
		Request wanted = request("wanted", "coach", MONDAY_9, MONDAY_12);
		ProblemDocument document = document(COACHES, busy, wanted);
		WeekPlanSolution solution = new WeekPlanSolutionMapper().toSolution(document);
		solution.getShifts().getFirst().setWorker(solution.getWorkers().get(2));
		solution.getShifts().getFirst().setStart(6 * 60);

		assertThat(UncoveredReasons.explain(solution, PlanNames.of(document)).get("wanted#0").render(Locale.FRENCH))
				.isEqualTo("aucun salarié disponible avec la compétence Sport coaching (Coach A : en congé ou absent; "
						+ "Coach B : exclusion entre l'adhérent et le salarié; Coach C : chevaucherait une autre "
						+ "mission (trajet compris))");

		Request tooLong = new Request("long", "club", "gym", "coach", 210, 1, List.of(new Window(MONDAY_9, MONDAY_12)),
				null, null, null);
		document = document(COACHES, tooLong);
		assertThat(UncoveredReasons.explain(new WeekPlanSolutionMapper().toSolution(document), PlanNames.of(document))
				.get("long#0").render(Locale.FRENCH))
				.isEqualTo("aucun créneau de la demande ne permet un bloc de 3 h 30");
	}

	@Test
	void aWorkerWhoseContractDoesNotNameTheMemberIsNamedWithTheContract() {
		Worker alice = new Worker("alice", "Alice Dupont", 2100, null, null, List.of("coach"), null, List.of(),
				List.of(), List.of(), List.of(), List.of("town-hall"), null);
		ProblemDocument document = document(List.of(alice), request("wanted", "coach", MONDAY_9, MONDAY_12));

		PlanningMessage reason = UncoveredReasons
				.explain(new WeekPlanSolutionMapper().toSolution(document), PlanNames.of(document)).get("wanted#0");

		assertThat(reason.render(Locale.FRENCH)).isEqualTo(
				"aucun salarié disponible avec la compétence Sport coaching (Alice Dupont : adhérent absent de son contrat)");
		assertThat(reason.render(Locale.ENGLISH)).isEqualTo(
				"no available worker with skill Sport coaching (Alice Dupont: the member is not in their contract)");
	}

	@Test
	void aWorkerWhoseContractDoesNotNameThePlaceOfWorkIsNamedWithTheContract() {
		// the club's member is allowed (no member list), its gym is not among the places of work
		Worker alice = new Worker("alice", "Alice Dupont", 2100, null, null, List.of("coach"), null, List.of(),
				List.of(), List.of(), List.of(), null, List.of("stadium"), null);
		ProblemDocument document = document(List.of(alice), request("wanted", "coach", MONDAY_9, MONDAY_12));

		PlanningMessage reason = UncoveredReasons
				.explain(new WeekPlanSolutionMapper().toSolution(document), PlanNames.of(document)).get("wanted#0");

		assertThat(reason.render(Locale.FRENCH)).isEqualTo("aucun salarié disponible avec la compétence Sport "
				+ "coaching (Alice Dupont : lieu de travail absent de son contrat)");
		assertThat(reason.render(Locale.ENGLISH)).isEqualTo("no available worker with skill Sport coaching "
				+ "(Alice Dupont: the place of work is not in their contract)");
	}

	private static WeekPlanSolution solution(Request... requests) {
		return solution(COACHES, requests);
	}

	private static WeekPlanSolution solution(List<Worker> workers, Request... requests) {
		return new WeekPlanSolutionMapper().toSolution(document(workers, requests));
	}

	private static ProblemDocument document(List<Worker> workers, Request... requests) {
		return new ProblemDocument(SmallProblem.WEEK_START, null, null, List.of(new Skill("coach", "Sport coaching")),
				List.of(new Member("club", "Club", List.of(new Site("gym", "Gym", 45.0, 4.0)), List.of("coach-b"))),
				workers, List.of(requests), List.of(), List.of(), Map.of());
	}

	private static Request request(String id, String skill, LocalDateTime start, LocalDateTime end) {
		return new Request(id, "club", "gym", skill, (int) Duration.between(start, end).toMinutes(), 1,
				List.of(new Window(start, end)), null, null, null);
	}

	private static Worker coach(String id, List<Unavailable> unavailable) {
		return new Worker(id, "Coach " + id.substring("coach-".length()).toUpperCase(Locale.ROOT), 2100, null, null,
				List.of("coach"), null, List.of(), unavailable, List.of(), List.of());
	}

}
