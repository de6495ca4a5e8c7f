package fr.mosaic.transfer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.InvalidProblemException;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemDocument.Pin;
import fr.mosaic.interchange.ProblemError;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.request.Priority;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestWindow;
import fr.mosaic.security.Access;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WorkHistory;
import fr.mosaic.worker.AvailabilitySlot;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.Unavailability;
import fr.mosaic.worker.Worker;

/**
 * Stores a checked problem document: the register is updated by id (codes), the week's requests, history and pins
 * replace what the week had. All in one transaction, so a failure leaves the database as it was.
 */
@PreAuthorize(Access.COORDINATORS)
@Service
public class ProblemImporter {

	private final Register register;

	private final InterchangeJson json = new InterchangeJson();

	ProblemImporter(Register register) {
		this.register = register;
	}

	/** Reads, checks and stores a problem file's text; nothing is stored when anything is wrong. */
	@Transactional
	public ImportSummary importJson(String text) {
		return importProblem(json.readProblem(text));
	}

	/**
	 * What importing the problem would change, to show before it is stored: the register's entries it adds or changes
	 * by id (a file reusing an id renames or overwrites that entry) and the week's requests it brings. Stores nothing.
	 *
	 * @throws InvalidProblemException {@code $.weekStart} when the week is published, as {@link #importProblem} would
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(ProblemDocument problem) {
		refuseIfPublished(problem.weekStart());
		refuseSkillNamesTaken(problem.skills());
		return new ImportPreview(problem.weekStart(), problem.requests().size(), shifts(problem),
				RegisterDiff.of(register, problem));
	}

	@Transactional
	public ImportSummary importProblem(ProblemDocument problem) {
		var week = problem.weekStart();
		refuseIfPublished(week);
		refuseSkillNamesTaken(problem.skills());
		storeSettings(problem);
		var skillsByCode = storeSkills(problem.skills());
		var membersByCode = storeMembers(problem.members());
		var sitesByCode = new HashMap<String, Site>();
		membersByCode.values().forEach(m -> m.getSites().forEach(s -> sitesByCode.put(s.getCode(), s)));
		register.members().replaceTravelOverrides(problem.travelMinutes() == null ? Map.of() : problem.travelMinutes());
		var workersByCode = storeWorkers(problem, skillsByCode, membersByCode, sitesByCode);

		register.weekPlans().deleteWeek(week);
		var weekRequests = new ArrayList<Request>();
		for (var r : problem.requests()) {
			var request = new Request();
			request.setCode(r.id());
			request.setWeekStart(week);
			request.setMember(membersByCode.get(r.member()));
			request.setSite(sitesByCode.get(r.site()));
			request.setSkill(skillsByCode.get(r.skill()));
			request.setDurationMinutes(r.durationMinutes());
			request.setCount(r.count());
			request.setStartStepMinutes(r.startStepMinutes());
			request.setDistinctDays(r.distinctDays());
			request.setPriority(Priority.valueOf(r.priority().name()));
			request.setWindows(r.windows().stream().map(
					w -> new RequestWindow(w.start().local(), w.end().local(), w.start().offset(), w.end().offset()))
					.toList());
			weekRequests.add(request);
		}
		var requestsByCode = new HashMap<String, Request>();
		register.requests().replaceWeek(week, weekRequests)
				.forEach(request -> requestsByCode.put(request.getCode(), request));
		register.weekPlans().addHistory(problem.history().stream().map(
				h -> new WorkHistory(week, workersByCode.get(h.worker()), membersByCode.get(h.member()), h.minutes()))
				.toList());
		if (!problem.pinned().isEmpty()) {
			register.weekPlans().saveDraft(week,
					pinnedShifts(problem.pinned(), ZoneId.of(problem.timeZone()), requestsByCode, workersByCode), null,
					false);
		}
		return new ImportSummary(week, problem.members().size(), problem.workers().size(), problem.requests().size(),
				shifts(problem));
	}

	private void refuseIfPublished(LocalDate week) {
		if (register.weekPlans().isPublished(week)) {
			throw new InvalidProblemException(List.of(ProblemError.of("$.weekStart", "weekPublished", week)));
		}
	}

	/**
	 * A skill of the file may not take a name that another skill, of the register or of the file, bears
	 * ({@link Skill#sameName}): on screen the two could not be told apart.
	 *
	 * @throws InvalidProblemException {@code $.skills[i].name} for each such skill, naming the name and the other skill
	 */
	private void refuseSkillNamesTaken(List<ProblemDocument.Skill> documentSkills) {
		var named = new ArrayList<ProblemDocument.Skill>();
		register.skills().findAll()
				.forEach(skill -> named.add(new ProblemDocument.Skill(skill.getCode(), skill.getName())));
		var errors = new ArrayList<ProblemError>();
		for (var i = 0; i < documentSkills.size(); i++) {
			var skill = documentSkills.get(i);
			var path = "$.skills[" + i + "].name";
			named.stream().filter(other -> !other.id().equals(skill.id()) && Skill.sameName(other.name(), skill.name()))
					.findFirst()
					.ifPresent(other -> errors.add(ProblemError.of(path, "skillNameTaken", skill.name(), other.id())));
			named.add(skill);
		}
		if (!errors.isEmpty()) {
			throw new InvalidProblemException(errors);
		}
	}

	private static int shifts(ProblemDocument problem) {
		return problem.requests().stream().mapToInt(ProblemDocument.Request::count).sum();
	}

	private void storeSettings(ProblemDocument problem) {
		var group = register.settings().get();
		group.setTimeZone(problem.timeZone());
		group.setTravelSpeedKmh(problem.travel().speedKmh());
		group.setTravelDetourFactor(problem.travel().detourFactor());
		register.settings().save(group);
	}

	private Map<String, Skill> storeSkills(List<ProblemDocument.Skill> documentSkills) {
		var byCode = new HashMap<String, Skill>();
		register.skills().findAll().forEach(skill -> byCode.put(skill.getCode(), skill));
		for (var s : documentSkills) {
			var skill = byCode.getOrDefault(s.id(), new Skill());
			skill.setCode(s.id());
			skill.setName(s.name());
			byCode.put(s.id(), register.skills().save(skill));
		}
		return byCode;
	}

	private Map<String, Member> storeMembers(List<ProblemDocument.Member> documentMembers) {
		var byCode = new HashMap<String, Member>();
		register.members().findAll().forEach(member -> byCode.put(member.getCode(), member));
		for (var i = 0; i < documentMembers.size(); i++) {
			var m = documentMembers.get(i);
			var member = byCode.getOrDefault(m.id(), new Member());
			member.setCode(m.id());
			member.setName(m.name());
			for (var j = 0; j < m.sites().size(); j++) {
				var s = m.sites().get(j);
				var path = "$.members[" + i + "].sites[" + j + "].id";
				var site = member.getSites().stream().filter(existing -> existing.getCode().equals(s.id())).findFirst()
						.orElseGet(() -> newSite(member, s.id(), path));
				site.setName(s.name());
				site.setLat(s.lat());
				site.setLon(s.lon());
			}
			byCode.put(m.id(), register.members().save(member));
		}
		return byCode;
	}

	/** Site ids are unique across the register: one already held by another member is not moved silently. */
	private Site newSite(Member member, String code, String path) {
		register.members().findSiteByCode(code).ifPresent(other -> {
			throw new InvalidProblemException(List.of(
					ProblemError.of(path, "siteOfOtherMember", code, other.getMember().getCode(), member.getCode())));
		});
		var site = new Site();
		site.setCode(code);
		member.addSite(site);
		return site;
	}

	private Map<String, Worker> storeWorkers(ProblemDocument problem, Map<String, Skill> skillsByCode,
			Map<String, Member> membersByCode, Map<String, Site> sitesByCode) {
		var weekFrom = problem.weekStart().atStartOfDay();
		var weekTo = weekFrom.plusDays(7);
		// Linked: new workers are stored in the file's order, which is the order an export lists them in.
		var byCode = new LinkedHashMap<String, Worker>();
		register.workers().findAll().forEach(worker -> byCode.put(worker.getCode(), worker));
		for (var w : problem.workers()) {
			var worker = byCode.getOrDefault(w.id(), new Worker());
			worker.setCode(w.id());
			worker.setName(w.name());
			worker.setContractMinutes(w.contractMinutes());
			worker.setMaxMinutes(w.maxMinutes());
			worker.setPartTime(w.partTime());
			worker.setHomeLat(w.home() == null ? null : w.home().lat());
			worker.setHomeLon(w.home() == null ? null : w.home().lon());
			worker.setSkills(w.skills().stream().map(skillsByCode::get).toList());
			worker.setAvailability(w.availability().stream().map(ProblemImporter::slot).toList());
			worker.setUnavailability(
					mergeUnavailability(worker.getUnavailability(), w.unavailable(), weekFrom, weekTo));
			worker.setPreferredMembers(w.preferredMembers().stream().map(membersByCode::get).toList());
			worker.setExcludedMembers(w.excludedMembers().stream().map(membersByCode::get).toList());
			// a file without the list (one written before it existed) gives the worker every member (L1253-9)
			worker.setContractMembers(contractMembers(w).stream().map(membersByCode::get).toList());
			// and a file without places of work, every site of those members
			worker.setContractSites(contractSites(w).stream().map(sitesByCode::get).toList());
			worker.setContractAmendedOn(w.contractAmendedOn());
			byCode.put(w.id(), worker);
		}
		// A member's exclusions are stated on the member in the file and stored on the worker.
		for (var worker : byCode.values()) {
			var excludedBy = new LinkedHashSet<>(worker.getExcludedByMembers());
			for (var m : problem.members()) {
				var member = membersByCode.get(m.id());
				if (m.excludedWorkers().contains(worker.getCode())) {
					excludedBy.add(member);
				} else {
					excludedBy.remove(member);
				}
			}
			worker.setExcludedByMembers(excludedBy);
		}
		byCode.replaceAll((code, worker) -> register.workers().save(worker));
		return byCode;
	}

	/** The members a file's worker is contracted for; empty for every member, as the register stores it. */
	static List<String> contractMembers(ProblemDocument.Worker worker) {
		return worker.contractMembers() == null ? List.of() : worker.contractMembers();
	}

	/** The places of work a file's worker is contracted for; empty for every site, as the register stores it. */
	static List<String> contractSites(ProblemDocument.Worker worker) {
		return worker.contractSites() == null ? List.of() : worker.contractSites();
	}

	/**
	 * The file speaks for its own week only: periods outside it are kept. A period of the file the worker declared
	 * stays theirs: the file does not say who declared it.
	 */
	private static List<Unavailability> mergeUnavailability(List<Unavailability> stored,
			List<ProblemDocument.Unavailable> fromFile, LocalDateTime weekFrom, LocalDateTime weekTo) {
		var merged = new ArrayList<>(stored.stream().filter(u -> !u.overlaps(weekFrom, weekTo)).toList());
		fromFile.forEach(u -> {
			var period = unavailability(u);
			merged.add(stored.stream().filter(s -> s.withoutDeclaration().equals(period)).findFirst().orElse(period));
		});
		return merged;
	}

	static AvailabilitySlot slot(ProblemDocument.Availability availability) {
		return new AvailabilitySlot(availability.day(), availability.from(), availability.to());
	}

	static Unavailability unavailability(ProblemDocument.Unavailable unavailable) {
		return new Unavailability(unavailable.start().local(), unavailable.end().local(), unavailable.reason(),
				unavailable.start().offset(), unavailable.end().offset());
	}

	// A shift ends its duration later in elapsed time, which the zone turns back into a wall-clock end.
	private static List<PlannedShift> pinnedShifts(List<Pin> pins, ZoneId zone, Map<String, Request> requestsByCode,
			Map<String, Worker> workersByCode) {
		return pins.stream().map(pin -> {
			var request = requestsByCode.get(pin.request());
			var end = WallTime.of(pin.start().atZone(zone).plusMinutes(request.getDurationMinutes()));
			return PlanStore.shift(request, pin.index(), workersByCode.get(pin.worker()), pin.start(), end, true);
		}).toList();
	}

	/** What an import stored, to tell the coordinator. */
	public record ImportSummary(LocalDate weekStart, int members, int workers, int requests, int shifts) {
	}

}
