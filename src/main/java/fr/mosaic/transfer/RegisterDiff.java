package fr.mosaic.transfer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fr.mosaic.base.NamedEntity;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.member.Site;
import fr.mosaic.transfer.ImportPreview.Entry;
import fr.mosaic.transfer.ImportPreview.Field;
import fr.mosaic.transfer.ImportPreview.RegisterChange;
import fr.mosaic.worker.Unavailability;
import fr.mosaic.worker.Worker;

/**
 * Compares a problem file with the register, entry by entry and id by id, as {@link ProblemImporter} would store it:
 * what it adds and what it changes. Reads only.
 */
class RegisterDiff {

	private final Register register;

	private final ProblemDocument problem;

	private final List<RegisterChange> changes = new ArrayList<>();

	private RegisterDiff(Register register, ProblemDocument problem) {
		this.register = register;
		this.problem = problem;
	}

	/** The file's changes to the register: settings, skills, members, sites, workers. */
	static List<RegisterChange> of(Register register, ProblemDocument problem) {
		var diff = new RegisterDiff(register, problem);
		diff.settings();
		diff.skills();
		diff.members();
		diff.workers();
		return diff.changes;
	}

	private void settings() {
		var group = register.settings().get();
		var fields = EnumSet.noneOf(Field.class);
		differs(fields, Field.TIME_ZONE, group.getTimeZone(), problem.timeZone());
		differs(fields, Field.TRAVEL,
				List.of(group.getTravelSpeedKmh(), group.getTravelDetourFactor(), register.members().travelOverrides()),
				List.of(problem.travel().speedKmh(), problem.travel().detourFactor(),
						Objects.requireNonNullElse(problem.travelMinutes(), Map.of())));
		if (!fields.isEmpty()) {
			changes.add(new RegisterChange(Entry.SETTINGS, "", "", null, null, false, List.copyOf(fields), List.of()));
		}
	}

	private void skills() {
		var stored = byCode(register.skills().findAll());
		problem.skills().forEach(s -> compare(Entry.SKILL, s.id(), s.name(), null, stored.get(s.id()),
				EnumSet.noneOf(Field.class), List::of).ifPresent(changes::add));
	}

	private void members() {
		var stored = byCode(register.members().findAll());
		var excludedBy = new HashMap<String, Set<String>>();
		register.workers().findAll().forEach(worker -> worker.getExcludedByMembers().forEach(
				member -> excludedBy.computeIfAbsent(member.getCode(), code -> new HashSet<>()).add(worker.getCode())));
		var sites = new ArrayList<RegisterChange>();
		for (var m : problem.members()) {
			var member = stored.get(m.id());
			var fields = EnumSet.noneOf(Field.class);
			differs(fields, Field.EXCLUDED_WORKERS, excludedBy.getOrDefault(m.id(), Set.of()),
					Set.copyOf(m.excludedWorkers()));
			compare(Entry.MEMBER, m.id(), m.name(), null, member, fields, List::of).ifPresent(changes::add);
			var storedSites = member == null ? Map.<String, Site>of() : byCode(member.getSites());
			for (var s : m.sites()) {
				var site = storedSites.get(s.id());
				var siteFields = EnumSet.noneOf(Field.class);
				if (site != null) {
					differs(siteFields, Field.LOCATION, List.of(site.getLat(), site.getLon()),
							List.of(s.lat(), s.lon()));
				}
				compare(Entry.SITE, s.id(), s.name(), m.name(), site, siteFields, List::of).ifPresent(sites::add);
			}
		}
		changes.addAll(sites);
	}

	private void workers() {
		var stored = byCode(register.workers().findAll());
		var weekFrom = problem.weekStart().atStartOfDay();
		var weekTo = weekFrom.plusDays(7);
		for (var w : problem.workers()) {
			var worker = stored.get(w.id());
			var fields = EnumSet.noneOf(Field.class);
			if (worker != null) {
				differs(fields, Field.CONTRACT, worker.getContractMinutes(), w.contractMinutes());
				differs(fields, Field.MAX_MINUTES, worker.getMaxMinutes(), w.maxMinutes());
				differs(fields, Field.PART_TIME, worker.isPartTime(), w.partTime());
				differs(fields, Field.SKILLS, codes(worker.getSkills()), Set.copyOf(w.skills()));
				differs(fields, Field.HOME, Arrays.asList(worker.getHomeLat(), worker.getHomeLon()),
						w.home() == null ? Arrays.asList(null, null) : List.of(w.home().lat(), w.home().lon()));
				differs(fields, Field.AVAILABILITY, Set.copyOf(worker.getAvailability()),
						w.availability().stream().map(ProblemImporter::slot).collect(Collectors.toSet()));
				differs(fields, Field.UNAVAILABILITY, unavailableIn(worker, weekFrom, weekTo),
						w.unavailable().stream().map(ProblemImporter::unavailability).collect(Collectors.toSet()));
				differs(fields, Field.PREFERRED_MEMBERS, codes(worker.getPreferredMembers()),
						Set.copyOf(w.preferredMembers()));
				differs(fields, Field.EXCLUDED_MEMBERS, codes(worker.getExcludedMembers()),
						Set.copyOf(w.excludedMembers()));
				differs(fields, Field.CONTRACT_MEMBERS, codes(worker.getContractMembers()),
						Set.copyOf(ProblemImporter.contractMembers(w)));
				differs(fields, Field.CONTRACT_SITES, codes(worker.getContractSites()),
						Set.copyOf(ProblemImporter.contractSites(w)));
				differs(fields, Field.CONTRACT_AMENDED_ON, worker.getContractAmendedOn(), w.contractAmendedOn());
			}
			compare(Entry.WORKER, w.id(), w.name(), null, worker, fields,
					() -> publishedWeeksToComeOf(Objects.requireNonNull(worker))).ifPresent(changes::add);
		}
	}

	/**
	 * The entry as added when the register has none of its id, or as changed when its name or one of the given fields
	 * differs; none when it is the same.
	 *
	 * @param publishedWeeks asked only of an entry that changes
	 */
	private static Optional<RegisterChange> compare(Entry entry, String code, String name, @Nullable String member,
			@Nullable NamedEntity stored, EnumSet<Field> fields, Supplier<List<LocalDate>> publishedWeeks) {
		if (stored == null) {
			return Optional.of(new RegisterChange(entry, code, name, null, member, true, List.of(), List.of()));
		}
		differs(fields, Field.NAME, stored.getName(), name);
		if (fields.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new RegisterChange(entry, code, name, fields.contains(Field.NAME) ? stored.getName() : null,
				member, false, List.copyOf(fields), publishedWeeks.get()));
	}

	// a week that is over is a record: only the weeks still to be worked may stop fitting
	private List<LocalDate> publishedWeeksToComeOf(Worker worker) {
		return register.weekPlans().publishedWeeksOf(worker).stream().filter(week -> !register.requests().isOver(week))
				.toList();
	}

	private static void differs(Set<Field> fields, Field field, @Nullable Object stored, @Nullable Object inFile) {
		if (!Objects.equals(stored, inFile)) {
			fields.add(field);
		}
	}

	// the file speaks for its own week only: periods outside it are kept; it does not say who declared a period
	private static Set<?> unavailableIn(Worker worker, LocalDateTime from, LocalDateTime to) {
		return worker.getUnavailability().stream().filter(u -> u.overlaps(from, to))
				.map(Unavailability::withoutDeclaration).collect(Collectors.toSet());
	}

	private static Set<String> codes(Collection<? extends NamedEntity> entries) {
		return entries.stream().map(NamedEntity::getCode).collect(Collectors.toSet());
	}

	private static <T extends NamedEntity> Map<String, T> byCode(Collection<T> entries) {
		return entries.stream().collect(Collectors.toMap(NamedEntity::getCode, Function.identity()));
	}

}
