package fr.mosaic.planning;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Availability;
import fr.mosaic.interchange.ProblemDocument.History;
import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Pin;
import fr.mosaic.interchange.ProblemDocument.Point;
import fr.mosaic.interchange.ProblemDocument.Priority;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Skill;
import fr.mosaic.interchange.ProblemDocument.Travel;
import fr.mosaic.interchange.ProblemDocument.Unavailable;
import fr.mosaic.interchange.ProblemDocument.Window;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.model.ShiftAssignment;
import fr.mosaic.planning.model.WeekPlanSolution;

/** {@code docs/spec/examples/small-problem.json} written out in Java, for tests that build the model directly. */
final class SmallProblem {

	static final LocalDate WEEK_START = LocalDate.of(2026, 11, 23);

	private SmallProblem() {
	}

	static ProblemDocument document() {
		return new ProblemDocument(WEEK_START, "Europe/Paris", new Travel(40.0, 1.3),
				List.of(new Skill("bookkeeping", "Comptabilité"), new Skill("greens", "Espaces verts"),
						new Skill("coach", "Animation sportive")),
				List.of(new Member("m1", "Boulangerie du Parc", List.of(new Site("m1-s1", "Boutique", 45.764, 4.8357)),
						List.of()),
						new Member("m2", "Association Sportive des Pentes",
								List.of(new Site("m2-s1", "Gymnase", 45.77, 4.83),
										new Site("m2-s2", "Stade", 45.745, 4.87)),
								List.of("w2")),
						new Member("m3", "Mairie de Saint-Clair",
								List.of(new Site("m3-s1", "Services techniques", 45.8, 4.9)), List.of())),
				List.of(new Worker("w1", "Salariée 1", 2100, 2100, false, List.of("bookkeeping", "coach"),
						new Point(45.76, 4.84), List.of(), List.of(), List.of("m1"), List.of()),
						new Worker("w2", "Salarié 2", 1440, 1584, true, List.of("greens"), new Point(45.79, 4.89),
								List.of(day(MONDAY), day(TUESDAY), day(WEDNESDAY), day(THURSDAY)), List.of(), List.of(),
								List.of()),
						new Worker("w3", "Salariée 3", 2100, 2100, false, List.of("coach", "greens"),
								new Point(45.75, 4.86), List.of(),
								List.of(new Unavailable(at(25, 0), at(26, 0), "leave")), List.of(), List.of("m1"))),
				List.of(new Request("r1", "m1", "m1-s1", "bookkeeping", 240, 1, List.of(window(23, 8, 12)), 30, false,
						Priority.CONTRACTED),
						new Request("r2", "m2", "m2-s1", "coach", 180, 2,
								List.of(window(23, 13, 19), window(24, 13, 19), window(26, 13, 19)), 30, true,
								Priority.CONTRACTED),
						new Request("r3", "m3", "m3-s1", "greens", 420, 3,
								List.of(window(23, 7, 17), window(24, 7, 17), window(25, 7, 17), window(26, 7, 17),
										window(27, 7, 17)),
								60, true, Priority.CONTRACTED),
						new Request("r4", "m2", "m2-s2", "greens", 240, 1, List.of(window(27, 8, 12)), 30, false,
								Priority.EXTRA),
						new Request("r5", "m1", "m1-s1", "bookkeeping", 240, 1, List.of(window(24, 8, 12)), 30, false,
								Priority.CONTRACTED)),
				List.of(new History("w1", "m1", 480), new History("w2", "m3", 1260)),
				List.of(new Pin("r1", 0, "w1", time(23, 8))),
				Map.of("m2-s1", Map.of("m2-s2", 15), "m2-s2", Map.of("m2-s1", 15)));
	}

	/** Assigns the unpinned shifts as {@code docs/spec/examples/small-plan.json} does. */
	static WeekPlanSolution assignedAsInTheExamplePlan(WeekPlanSolution solution) {
		assign(solution, "r2#0", "w1", 0, 13);
		assign(solution, "r2#1", "w3", 1, 13);
		assign(solution, "r3#0", "w2", 0, 8);
		assign(solution, "r3#1", "w2", 1, 8);
		assign(solution, "r3#2", "w3", 3, 8);
		assign(solution, "r4#0", "w3", 4, 8);
		assign(solution, "r5#0", "w1", 1, 8);
		return solution;
	}

	private static void assign(WeekPlanSolution solution, String shiftId, String workerId, int day, int hour) {
		ShiftAssignment shift = solution.getShifts().stream().filter(candidate -> candidate.getId().equals(shiftId))
				.findFirst().orElseThrow();
		shift.setWorker(solution.getWorkers().stream().filter(worker -> worker.getId().equals(workerId)).findFirst()
				.orElseThrow());
		shift.setStart(solution.getCalendar().minuteOf(WEEK_START.plusDays(day).atTime(hour, 0)));
	}

	static LocalDateTime at(int dayOfMonth, int hour) {
		return LocalDateTime.of(2026, 11, dayOfMonth, hour, 0);
	}

	/** A time of the example's week as the interchange files hold it. */
	static WallTime time(int dayOfMonth, int hour) {
		return WallTime.of(at(dayOfMonth, hour));
	}

	private static Window window(int dayOfMonth, int fromHour, int toHour) {
		return new Window(at(dayOfMonth, fromHour), at(dayOfMonth, toHour));
	}

	private static Availability day(DayOfWeek day) {
		return new Availability(day, LocalTime.of(7, 0), LocalTime.of(18, 0));
	}

}
