package fr.mosaic.demo;

import static fr.mosaic.base.LabourLaw.FULL_TIME_WEEKLY_MINUTES;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.mosaic.demo.FrenchNames.Kind;
import fr.mosaic.demo.FrenchNames.Town;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Availability;
import fr.mosaic.interchange.ProblemDocument.History;
import fr.mosaic.interchange.ProblemDocument.Member;
import fr.mosaic.interchange.ProblemDocument.Point;
import fr.mosaic.interchange.ProblemDocument.Request;
import fr.mosaic.interchange.ProblemDocument.Site;
import fr.mosaic.interchange.ProblemDocument.Skill;
import fr.mosaic.interchange.ProblemDocument.Unavailable;
import fr.mosaic.interchange.ProblemDocument.Worker;

/**
 * Generates a plausible employer group around Lyon and its week of requests, deterministically: the random seed depends
 * on the size only and every date is relative to the week, so two weeks of the same size describe the same group (same
 * members, workers and ids).
 */
public final class ProblemGenerator {

	private static final long SEED = 20261123L;

	private static final int[] PART_TIME = { 1050, 1200, 1440, 1560, 1680 };

	public ProblemDocument generate(ProblemSize size, LocalDate weekStart) {
		return generate(size, weekStart, 0, 1.0);
	}

	/**
	 * Another group of the same size, for benchmarks that must not tune on one instance: {@code variant} 0 is the group
	 * of {@link #generate(ProblemSize, LocalDate)}, others draw from another seed; {@code demandScale} multiplies the
	 * size's demand (requested minutes over contract minutes), above 1 for a tight week, below for a loose one.
	 *
	 * @throws IllegalArgumentException when weekStart is not a Monday or demandScale is not positive
	 */
	public ProblemDocument generate(ProblemSize size, LocalDate weekStart, int variant, double demandScale) {
		if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("weekStart must be a Monday, not " + weekStart.getDayOfWeek());
		}
		if (!(demandScale > 0)) {
			throw new IllegalArgumentException("demandScale must be positive, not " + demandScale);
		}
		// variants step by a prime beyond the sizes' ordinals, so no variant of one size replays another size's seed
		Random random = new Random(SEED + size.ordinal() + 7919L * variant);
		List<Town> towns = new ArrayList<>(FrenchNames.LYON);
		if (size.regional) {
			towns.addAll(FrenchNames.REGION);
		}
		List<Skill> skills = FrenchNames.SKILLS.stream().map(s -> new Skill(s[0], s[1])).toList();
		List<Kind> kinds = new ArrayList<>();
		List<Member> members = members(size, random, towns, kinds);
		int[] contracts = new int[size.workers];
		long supply = 0;
		for (int i = 0; i < contracts.length; i++) {
			contracts[i] = random.nextDouble() < 0.55
					? FULL_TIME_WEEKLY_MINUTES
					: PART_TIME[random.nextInt(PART_TIME.length)];
			supply += contracts[i];
		}
		List<Request> requests = requests(size.demandFactor * demandScale, random, weekStart, members, kinds, supply);
		List<Worker> workers = workers(size, random, weekStart, towns, contracts, members, requests);
		List<History> history = history(random, members, kinds, workers);
		if (size == ProblemSize.DEMO) {
			workers = withContractMembers(weekStart, workers, members, requests, history);
		}
		return new ProblemDocument(weekStart, "Europe/Paris", new ProblemDocument.Travel(40.0, 1.3), skills, members,
				workers, requests, history, List.of(), null);
	}

	/**
	 * One demo worker in four gets a contract naming the members they may be placed with (Code du travail L1253-9): the
	 * nearer half of the members asking for one of their skills, and every member they prefer or worked for lately,
	 * amended two months before the week. It draws no random number, so the rest of the group stays as it was.
	 */
	private static List<Worker> withContractMembers(LocalDate weekStart, List<Worker> workers, List<Member> members,
			List<Request> requests, List<History> history) {
		Map<String, Member> byId = new HashMap<>();
		members.forEach(member -> byId.put(member.id(), member));
		List<Worker> contracted = new ArrayList<>();
		for (int i = 0; i < workers.size(); i++) {
			Worker w = workers.get(i);
			if (i % 4 != 1) {
				contracted.add(w);
				continue;
			}
			List<Member> asking = requests.stream().filter(r -> w.skills().contains(r.skill()))
					.map(r -> byId.get(r.member()))
					.filter(m -> !m.excludedWorkers().contains(w.id()) && !w.excludedMembers().contains(m.id()))
					.distinct().sorted(Comparator.comparingDouble(m -> distance(w.home(), m.sites().getFirst())))
					.toList();
			Set<String> named = new LinkedHashSet<>();
			asking.subList(0, (asking.size() + 1) / 2).forEach(m -> named.add(m.id()));
			named.addAll(w.preferredMembers());
			history.stream().filter(h -> h.worker().equals(w.id())).forEach(h -> named.add(h.member()));
			List<String> contractMembers = members.stream().map(Member::id).filter(named::contains).toList();
			contracted.add(new Worker(w.id(), w.name(), w.contractMinutes(), w.maxMinutes(), w.partTime(), w.skills(),
					w.home(), w.availability(), w.unavailable(), w.preferredMembers(), w.excludedMembers(),
					contractMembers, weekStart.withDayOfMonth(1).minusMonths(2)));
		}
		return contracted;
	}

	// Squared degrees, a longitude degree shrunk to its length at Lyon's latitude: enough to rank distances.
	private static double distance(@Nullable Point home, Site site) {
		if (home == null) {
			return 0;
		}
		double lat = home.lat() - site.lat();
		double lon = (home.lon() - site.lon()) * 0.7;
		return lat * lat + lon * lon;
	}

	private static List<Member> members(ProblemSize size, Random random, List<Town> towns, List<Kind> kinds) {
		List<Member> members = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 1; i <= size.members; i++) {
			Kind kind;
			Town town;
			String name;
			int tries = 0;
			// two members of one name would confuse a coordinator: draw again, and number them as a last resort
			do {
				kind = pick(random, FrenchNames.KINDS);
				town = pick(random, towns);
				name = kind.prefix().endsWith(" de")
						? kind.prefix() + " " + town.name()
						: kind.prefix() + " " + pick(random, FrenchNames.LAST_NAMES) + " (" + town.name() + ")";
			} while (names.contains(name) && ++tries < 20);
			if (!names.add(name)) {
				name = name + " " + i;
				names.add(name);
			}
			// the demo has exactly 30 sites for 25 members; larger groups about one member in five with two
			int siteCount = (size == ProblemSize.DEMO ? i <= 5 : random.nextDouble() < 0.2) ? 2 : 1;
			List<Site> sites = new ArrayList<>();
			for (int s = 1; s <= siteCount; s++) {
				Point p = near(random, town, 0.02);
				sites.add(new Site("m" + i + "-s" + s, kind.sites().get(s - 1), p.lat(), p.lon()));
			}
			kinds.add(kind);
			members.add(new Member("m" + i, name, sites, List.of()));
		}
		return members;
	}

	/** Requests until demand reaches the size's share of the total contract hours; every member asks once first. */
	private static List<Request> requests(double demandFactor, Random random, LocalDate weekStart, List<Member> members,
			List<Kind> kinds, long supply) {
		RequestMaker maker = new RequestMaker(random, weekStart);
		List<Request> requests = new ArrayList<>();
		long demand = 0;
		for (int n = 0; demand < supply * demandFactor || n < members.size(); n++) {
			int m = n < members.size() ? n : random.nextInt(members.size());
			Member member = members.get(m);
			Kind kind = kinds.get(m);
			boolean saturdays = kind.skills().contains("animation-sportive") || kind.prefix().startsWith("Boulangerie");
			Request request = maker.make("r" + (n + 1), member.id(), pick(random, member.sites()).id(),
					pick(random, kind.skills()), saturdays);
			requests.add(request);
			demand += (long) request.count() * request.durationMinutes();
		}
		return requests;
	}

	private static List<Worker> workers(ProblemSize size, Random random, LocalDate weekStart, List<Town> towns,
			int[] contracts, List<Member> members, List<Request> requests) {
		List<Set<String>> skills = skills(random, contracts, requests);
		int leaveTaker = size == ProblemSize.DEMO ? 3 : -1;
		List<Worker> workers = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < contracts.length; i++) {
			int contract = contracts[i];
			boolean partTime = contract < FULL_TIME_WEEKLY_MINUTES;
			// full-timers may do paid overtime; part-timers up to a tenth more (heures complémentaires)
			int max = partTime
					? contract + contract / 100 * 10
					: random.nextBoolean() ? 2400 : FULL_TIME_WEEKLY_MINUTES;
			String name = personName(random, names);
			Point home = near(random, pick(random, towns), 0.03);
			List<Unavailable> leave = List.of();
			if (i == leaveTaker || (leaveTaker < 0 && random.nextDouble() < 0.03)) {
				int day = i == leaveTaker ? 2 : random.nextInt(5);
				int days = i == leaveTaker ? 1 : 1 + random.nextInt(3);
				leave = List.of(new Unavailable(weekStart.plusDays(day).atStartOfDay(),
						weekStart.plusDays(day + days).atStartOfDay(), i == leaveTaker ? "congé" : "congé payé"));
			}
			List<String> preferred = random.nextDouble() < 0.3 ? List.of(pick(random, members).id()) : List.of();
			List<String> excluded = (size == ProblemSize.DEMO ? i == 6 : random.nextDouble() < 0.02)
					? List.of(members.get(size == ProblemSize.DEMO ? 4 : random.nextInt(members.size())).id())
					: List.of();
			workers.add(new Worker("w" + (i + 1), name, contract, max, partTime, List.copyOf(skills.get(i)), home,
					availability(random, partTime), leave, preferred, excluded));
		}
		// members that refuse a given worker: two in the demo, about one in fifty otherwise
		for (int m = 0; m < members.size(); m++) {
			boolean excludes = size == ProblemSize.DEMO ? m == 2 || m == 9 : random.nextDouble() < 0.02;
			if (excludes) {
				Member member = members.get(m);
				String worker = workers.get(size == ProblemSize.DEMO ? m / 2 : random.nextInt(workers.size())).id();
				members.set(m, new Member(member.id(), member.name(), member.sites(), List.of(worker)));
			}
		}
		return workers;
	}

	/**
	 * A main skill per worker, each going to the skill whose demand is least covered so far, and up to two more at
	 * random: supply then follows demand skill by skill.
	 */
	private static List<Set<String>> skills(Random random, int[] contracts, List<Request> requests) {
		Map<String, Long> uncovered = new HashMap<>();
		requests.forEach(r -> uncovered.merge(r.skill(), (long) r.count() * r.durationMinutes(), Long::sum));
		List<String> ids = FrenchNames.SKILLS.stream().map(s -> s[0]).toList();
		List<Set<String>> skills = new ArrayList<>();
		for (int contract : contracts) {
			String main = ids.stream()
					.max((a, b) -> Long.compare(uncovered.getOrDefault(a, 0L), uncovered.getOrDefault(b, 0L)))
					.orElseThrow();
			uncovered.merge(main, (long) -contract, Long::sum);
			Set<String> own = new LinkedHashSet<>(List.of(main));
			int more = random.nextInt(3);
			for (int k = 0; k < more; k++) {
				own.add(pick(random, ids));
			}
			skills.add(own);
		}
		return skills;
	}

	private static List<Availability> availability(Random random, boolean partTime) {
		double pattern = random.nextDouble();
		List<Availability> list = new ArrayList<>();
		if (pattern < 0.15) {
			// no Wednesdays, a common choice for parents
			for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
				list.add(new Availability(day, LocalTime.of(7, 0), LocalTime.of(19, 0)));
			}
		} else if (pattern < 0.25 && partTime) {
			for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 6)) {
				list.add(new Availability(day, LocalTime.of(7, 0), LocalTime.of(13, 0)));
			}
		} else if (pattern < 0.3) {
			for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 4)) {
				list.add(new Availability(day, LocalTime.of(7, 0), LocalTime.of(18, 0)));
			}
		}
		return list;
	}

	/** Recent hours: for most members one or two workers who hold a skill the member asks for. */
	private static List<History> history(Random random, List<Member> members, List<Kind> kinds, List<Worker> workers) {
		List<History> history = new ArrayList<>();
		Set<String> pairs = new HashSet<>();
		for (int m = 0; m < members.size(); m++) {
			int entries = random.nextDouble() < 0.6 ? 1 + random.nextInt(2) : 0;
			for (int e = 0, tries = 0; e < entries && tries < 20; tries++) {
				Worker worker = pick(random, workers);
				boolean fits = worker.skills().stream().anyMatch(kinds.get(m).skills()::contains);
				if (fits && pairs.add(worker.id() + "/" + members.get(m).id())) {
					history.add(new History(worker.id(), members.get(m).id(), 120 + 30 * random.nextInt(40)));
					e++;
				}
			}
		}
		return history;
	}

	/** A French first and last name, distinct from earlier ones while the lists allow it. */
	private static String personName(Random random, Set<String> names) {
		String name;
		int tries = 0;
		do {
			name = pick(random, FrenchNames.FIRST_NAMES) + " " + pick(random, FrenchNames.LAST_NAMES);
		} while (!names.add(name) && ++tries < 20);
		return name;
	}

	private static Point near(Random random, Town town, double degrees) {
		double lat = town.lat() + (random.nextDouble() * 2 - 1) * degrees;
		double lon = town.lon() + (random.nextDouble() * 2 - 1) * degrees * 1.4;
		return new Point(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5);
	}

	private static <T> T pick(Random random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

}
