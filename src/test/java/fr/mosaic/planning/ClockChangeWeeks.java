package fr.mosaic.planning;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Availability;
import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Pin;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Skill;
import fr.mosaic.interchange.ProblemDocument.Window;
import fr.mosaic.interchange.ProblemDocument.Worker;
import fr.mosaic.interchange.WallTime;

/**
 * Problems of one worker, one member and one site in the weeks the clocks change in Paris, for the tests of the spec's
 * time rules. Times are written as in the interchange files.
 */
public final class ClockChangeWeeks {

	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** Its Sunday, 2026-03-29, has no 02:00 to 03:00: 1,380 minutes, the week 10,020. */
	public static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 23);

	/** Its Sunday, 2026-10-25, has 02:00 to 03:00 twice: 1,500 minutes, the week 10,140. */
	public static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 19);

	private ClockChangeWeeks() {
	}

	/** The first Sunday after the clock's instant when the clocks of its zone go forward (skip an hour). */
	public static LocalDate nextSpringForwardSunday(Clock clock) {
		var rules = clock.getZone().getRules();
		var transition = rules.nextTransition(clock.instant());
		while (!transition.isGap()) {
			transition = rules.nextTransition(transition.getInstant());
		}
		return transition.getDateTimeBefore().toLocalDate();
	}

	/** Friday 20:00 to 24:00 and Saturday 00:00 to 06:00: one set of hours across midnight. */
	public static List<Availability> fridayNight() {
		return List.of(new Availability(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT),
				new Availability(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)));
	}

	public static WallTime time(String text) {
		return WallTime.parse(text);
	}

	public static Window window(String start, String end) {
		return new Window(time(start), time(end));
	}

	/** A request of one shift of {@code duration} minutes at the member's site, on the half hour in its windows. */
	public static Request request(String id, int duration, Window... windows) {
		return new Request(id, "m1", "s1", "k", duration, 1, List.of(windows), 30, false, null);
	}

	/** The week's problem for the full-time worker {@code w1}, free all week when the availability is empty. */
	public static ProblemDocument problem(LocalDate monday, List<Availability> availability, List<Request> requests,
			List<Pin> pins) {
		Worker worker = new Worker("w1", "Camille", 2100, 2880, false, List.of("k"), null, availability, null, null,
				null);
		return new ProblemDocument(monday, PARIS.getId(), null, List.of(new Skill("k", "Comptabilité")),
				List.of(new Member("m1", "Boulangerie", List.of(new Site("s1", "Atelier", 45.76, 4.83)), null)),
				List.of(worker), requests, null, pins, null);
	}

	/** The week the clocks go forward, with two requests on its Sunday night: r1 from 00:00, r2 from 03:00. */
	public static ProblemDocument springNight() {
		return problem(SPRING_FORWARD, List.of(),
				List.of(request("r1", 60, window("2026-03-29T00:00", "2026-03-29T06:00")),
						request("r2", 60, window("2026-03-29T03:00", "2026-03-29T06:00"))),
				List.of());
	}

	/**
	 * Moves the start of a stored request's first window to a local time, past the register's rules: how data stored
	 * before the register refused times the clocks skip looks.
	 */
	public static void storeWindowStart(DataSource dataSource, String requestCode, String time) {
		new JdbcTemplate(dataSource).update(
				"UPDATE request_window w JOIN request r ON r.id = w.request_id "
						+ "SET w.start_at = ? WHERE r.code = ? AND w.position = 0",
				LocalDateTime.parse(time), requestCode);
	}

	/** The plan giving each request's one shift to {@code w1} at the given start and end. */
	public static PlanDocument plan(ProblemDocument problem, String... startsAndEnds) {
		List<PlanDocument.Shift> shifts = new ArrayList<>();
		for (int i = 0; i < problem.requests().size(); i++) {
			shifts.add(new PlanDocument.Shift(problem.requests().get(i).id(), 0, "w1", time(startsAndEnds[2 * i]),
					time(startsAndEnds[2 * i + 1]), false, null));
		}
		return new PlanDocument(problem.weekStart(), "n/a", true, shifts, null, null);
	}

}
