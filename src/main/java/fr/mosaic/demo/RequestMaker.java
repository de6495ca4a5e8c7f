package fr.mosaic.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import fr.mosaic.interchange.ProblemDocument.Priority;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Window;

/**
 * Makes one member's request in one of the shapes members actually use: a fixed slot, the same slot on several days,
 * flexible half-days or flexible full days. Every draw is independent of the week, so the same seed gives the same
 * requests in any week.
 */
final class RequestMaker {

	private static final int[] HALF_DAY_MINUTES = { 120, 180, 210, 240 };

	// a full day's window, 07:00 to 18:00: business hours, not a legal figure
	private static final int DAY_WINDOW_MINUTES = (int) Duration.ofHours(11).toMinutes();

	private final Random random;

	private final LocalDate weekStart;

	RequestMaker(Random random, LocalDate weekStart) {
		this.random = random;
		this.weekStart = weekStart;
	}

	Request make(String id, String member, String site, String skill, boolean saturdays) {
		Priority priority = random.nextDouble() < 0.12 ? Priority.EXTRA : Priority.CONTRACTED;
		double shape = random.nextDouble();
		if (shape < 0.3) {
			// a fixed slot: "Tuesday 8–12"
			int minutes = pick(HALF_DAY_MINUTES);
			List<Window> windows = fixed(List.of(day(saturdays)), fixedStart(minutes), minutes);
			return new Request(id, member, site, skill, minutes, 1, windows, 30, false, priority);
		}
		if (shape < 0.55) {
			// the same slot on several days: "Monday, Wednesday and Friday 14–17"
			int minutes = pick(HALF_DAY_MINUTES);
			List<Integer> days = days(2 + random.nextInt(3), saturdays);
			return new Request(id, member, site, skill, minutes, days.size(), fixed(days, fixedStart(minutes), minutes),
					30, true, priority);
		}
		if (shape < 0.85) {
			// flexible half-days: "two mornings a week, Monday to Thursday"
			int minutes = pick(new int[] { 180, 210, 240 });
			List<Integer> days = days(3 + random.nextInt(3), saturdays);
			LocalTime from = random.nextBoolean() ? LocalTime.of(7, 30) : LocalTime.of(13, 30);
			int count = 1 + random.nextInt(Math.min(3, days.size() - 1));
			return new Request(id, member, site, skill, minutes, count, windows(days, from, 300), 30, true, priority);
		}
		// flexible full days, as green-space or care work asks: "one day between Monday and Wednesday"
		int minutes = 300 + 60 * random.nextInt(3);
		List<Integer> days = days(2 + random.nextInt(4), false);
		int count = 1 + random.nextInt(Math.min(2, days.size() - 1));
		return new Request(id, member, site, skill, minutes, count,
				windows(days, LocalTime.of(7, 0), DAY_WINDOW_MINUTES), 60, true, priority);
	}

	private LocalTime fixedStart(int minutes) {
		LocalTime[] starts = minutes > 180
				? new LocalTime[] { LocalTime.of(7, 30), LocalTime.of(8, 0), LocalTime.of(13, 30), LocalTime.of(14, 0) }
				: new LocalTime[] { LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(14, 0),
						LocalTime.of(16, 0) };
		return starts[random.nextInt(starts.length)];
	}

	private int day(boolean saturdays) {
		return random.nextInt(saturdays ? 6 : 5);
	}

	/** Distinct days in week order. */
	private List<Integer> days(int count, boolean saturdays) {
		List<Integer> all = new ArrayList<>(List.of(0, 1, 2, 3, 4));
		if (saturdays) {
			all.add(5);
		}
		Collections.shuffle(all, random);
		List<Integer> days = new ArrayList<>(all.subList(0, Math.min(count, all.size())));
		days.sort(null);
		return days;
	}

	private List<Window> fixed(List<Integer> days, LocalTime start, int minutes) {
		return windows(days, start, minutes);
	}

	private List<Window> windows(List<Integer> days, LocalTime start, int minutes) {
		return days.stream().map(d -> {
			var from = weekStart.plusDays(d).atTime(start);
			return new Window(from, from.plusMinutes(minutes));
		}).toList();
	}

	private int pick(int[] values) {
		return values[random.nextInt(values.length)];
	}

}
