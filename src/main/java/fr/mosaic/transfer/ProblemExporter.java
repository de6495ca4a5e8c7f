package fr.mosaic.transfer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemSource;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.request.Request;
import fr.mosaic.security.Access;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.Worker;

/** Writes any stored week back as a problem document: the register, the week's requests, history and pins. */
@PreAuthorize(Access.COORDINATORS)
@Service
public class ProblemExporter implements ProblemSource {

	private final Register register;

	ProblemExporter(Register register) {
		this.register = register;
	}

	@Override
	@Transactional(readOnly = true)
	public ProblemDocument exportWeek(LocalDate weekStart) {
		var group = register.settings().get();
		var allWorkers = register.workers().findAll();
		var travel = register.members().travelOverrides();
		return new ProblemDocument(weekStart, group.getTimeZone(),
				new ProblemDocument.Travel(group.getTravelSpeedKmh(), group.getTravelDetourFactor()),
				register.skills().findAll().stream().map(s -> new ProblemDocument.Skill(s.getCode(), s.getName()))
						.toList(),
				register.members().findAll().stream().map(m -> member(m, allWorkers)).toList(),
				allWorkers.stream().map(w -> worker(w, weekStart)).toList(),
				register.requests().findByWeek(weekStart).stream().map(ProblemExporter::request).toList(),
				register.weekPlans().findHistory(weekStart).stream()
						.map(h -> new ProblemDocument.History(h.getWorker().getCode(), h.getMember().getCode(),
								h.getMinutes()))
						.toList(),
				pins(weekStart), travel.isEmpty() ? null : travel);
	}

	private static ProblemDocument.Member member(Member member, List<Worker> allWorkers) {
		return new ProblemDocument.Member(member.getCode(), member.getName(),
				member.getSites().stream()
						.map(s -> new ProblemDocument.Site(s.getCode(), s.getName(), s.getLat(), s.getLon())).toList(),
				allWorkers.stream().filter(w -> w.getExcludedByMembers().contains(member)).map(Worker::getCode)
						.toList());
	}

	private static ProblemDocument.Worker worker(Worker worker, LocalDate weekStart) {
		var weekFrom = weekStart.atStartOfDay();
		var weekTo = weekFrom.plusDays(7);
		return new ProblemDocument.Worker(worker.getCode(), worker.getName(), worker.getContractMinutes(),
				worker.getMaxMinutes(), worker.isPartTime(), worker.getSkills().stream().map(Skill::getCode).toList(),
				worker.getHomeLat() == null || worker.getHomeLon() == null
						? null
						: new ProblemDocument.Point(worker.getHomeLat(), worker.getHomeLon()),
				worker.getAvailability().stream().map(a -> new ProblemDocument.Availability(a.day(), a.from(), a.to()))
						.toList(),
				worker.getUnavailability().stream().filter(u -> u.overlaps(weekFrom, weekTo))
						.map(u -> new ProblemDocument.Unavailable(new WallTime(u.start(), u.startOffset()),
								new WallTime(u.end(), u.endOffset()), u.reason()))
						.toList(),
				codes(worker.getPreferredMembers().stream()), codes(worker.getExcludedMembers().stream()),
				codes(worker.getContractMembers().stream()),
				worker.getContractSites().stream().map(Site::getCode).toList(), worker.getContractAmendedOn());
	}

	private static List<String> codes(Stream<Member> members) {
		return members.map(Member::getCode).toList();
	}

	private static ProblemDocument.Request request(Request request) {
		return new ProblemDocument.Request(request.getCode(), request.getMember().getCode(),
				request.getSite().getCode(), request.getSkill().getCode(), request.getDurationMinutes(),
				request.getCount(),
				request.getWindows().stream()
						.map(w -> new ProblemDocument.Window(new WallTime(w.start(), w.startOffset()),
								new WallTime(w.end(), w.endOffset())))
						.toList(),
				request.getStartStepMinutes(), request.isDistinctDays(),
				ProblemDocument.Priority.valueOf(request.getPriority().name()));
	}

	private List<ProblemDocument.Pin> pins(LocalDate weekStart) {
		return register.weekPlans().findByWeek(weekStart).stream().flatMap(plan -> plan.getShifts().stream())
				.filter(PlannedShift::isPinned)
				.sorted(Comparator.comparing((PlannedShift s) -> s.getRequest().getId())
						.thenComparing(PlannedShift::getIndex))
				.map(s -> new ProblemDocument.Pin(s.getRequest().getCode(), s.getIndex(), s.getWorker().getCode(),
						new WallTime(s.getStart(), s.getStartOffset())))
				.toList();
	}

}
