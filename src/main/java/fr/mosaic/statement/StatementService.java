package fr.mosaic.statement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.mosaic.base.GroupSettingsService;
import fr.mosaic.base.LabourLaw;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.TravelTimes;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.Access;
import fr.mosaic.statement.MonthlyStatement.Line;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;

/**
 * Hours worked in a month, read from the shifts of the published weeks as members and workers know them (a week being
 * corrected counts as it was published; a draft never published counts nothing). Minutes are elapsed minutes in the
 * group's time zone, each counted in the month it falls in: see {@link MonthSpan}.
 */
@PreAuthorize(Access.COORDINATORS)
@Service
public class StatementService {

	private final WeekPlanService weekPlans;

	private final MemberService members;

	private final GroupSettingsService settings;

	StatementService(WeekPlanService weekPlans, MemberService members, GroupSettingsService settings) {
		this.weekPlans = weekPlans;
		this.members = members;
		this.settings = settings;
	}

	/**
	 * The member's statement of the month: the minutes each worker worked at each of its sites.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException when a member asks for another member's
	 * @throws java.util.NoSuchElementException when there is no such member
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_MEMBER_SELF)
	public MonthlyStatement memberStatement(long memberId, YearMonth month) {
		var member = members.get(memberId);
		var span = span(month);
		Map<Key, Line> lines = new LinkedHashMap<>();
		span.mondays().forEach(monday -> weekPlans.publishedShiftsOfMember(memberId, monday).forEach(shift -> {
			long inMonth = span.minutesOf(shift);
			if (inMonth > 0) {
				var line = line(shift, inMonth);
				lines.merge(new Key(line.workerCode(), line.siteCode()), line, (a, b) -> new Line(a.workerCode(),
						a.workerName(), a.siteCode(), a.siteName(), a.minutes() + b.minutes()));
			}
		}));
		return new MonthlyStatement(month, member.getCode(), member.getName(), lines.values().stream()
				.sorted(Comparator.comparing(Line::workerName).thenComparing(Line::siteName)).toList());
	}

	private static Line line(PlannedShift shift, long minutes) {
		var worker = Objects.requireNonNull(shift.getWorker());
		var site = Objects.requireNonNull(shift.getRequest().getSite());
		return new Line(worker.getCode(), worker.getName(), site.getCode(), site.getName(), minutes);
	}

	/**
	 * The worker's elapsed minutes of the month, at every member.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException when a worker asks for another worker's
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public long workerMinutes(long workerId, YearMonth month) {
		var span = span(month);
		return span.mondays().stream().flatMap(monday -> weekPlans.publishedShiftsOf(workerId, monday).stream())
				.mapToLong(span::minutesOf).sum();
	}

	/**
	 * The worker's shifts of the week as it was published, by start, each with the travel from the shift before it in
	 * the same duty period: shifts less than the daily rest apart (11 h, Code du travail L3131-1), as the planning
	 * counts travel. Travel is the register's explicit minutes between the two sites, else the group's estimate from
	 * their coordinates ({@code TravelTimes}).
	 *
	 * @throws org.springframework.security.access.AccessDeniedException when a worker asks for another worker's
	 */
	@Transactional(readOnly = true)
	@PreAuthorize(Access.COORDINATORS_OR_WORKER_SELF)
	public List<ShiftWithTravel> publishedWeekOf(long workerId, LocalDate weekStart) {
		var group = settings.get();
		var zone = ZoneId.of(group.getTimeZone());
		var shifts = weekPlans.publishedShiftsOf(workerId, weekStart).stream()
				.sorted(Comparator.comparing(shift -> Elapsed.start(shift, zone))).toList();
		var travel = TravelTimes.of(group.getTravelSpeedKmh(), group.getTravelDetourFactor(), members
				.travelOverridesBetween(shifts.stream().map(shift -> site(shift).id()).collect(Collectors.toSet())));
		List<ShiftWithTravel> week = new ArrayList<>();
		Instant latestEnd = Instant.MIN;
		for (int i = 0; i < shifts.size(); i++) {
			var shift = shifts.get(i);
			boolean sameDutyPeriod = i > 0 && Duration.between(latestEnd, Elapsed.start(shift, zone))
					.toMinutes() < LabourLaw.DAILY_REST_MINUTES;
			week.add(new ShiftWithTravel(shift,
					sameDutyPeriod ? travel.minutes(site(shifts.get(i - 1)), site(shift)) : 0));
			latestEnd = Elapsed.later(latestEnd, Elapsed.end(shift, zone));
		}
		return week;
	}

	private static ProblemDocument.Site site(PlannedShift shift) {
		var site = Objects.requireNonNull(shift.getRequest().getSite());
		return new ProblemDocument.Site(site.getCode(), site.getName(), site.getLat(), site.getLon());
	}

	private MonthSpan span(YearMonth month) {
		return new MonthSpan(month, ZoneId.of(settings.get().getTimeZone()));
	}

	/** One line per worker and site, by their ids (codes, unique in the register). */
	private record Key(String workerCode, String siteCode) {
	}

}
