package fr.mosaic.portal;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.request;
import static fr.mosaic.RegisterFixtures.skill;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.mosaic.AccountFixtures;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.ClockChangeWeeks;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.weekplan.PlannedShift;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

/**
 * A worker's published shifts on the Sunday the clocks next go back in Paris (the group's zone), as the calendar feed's
 * tests need them: one from 01:30 summer time to 03:30 winter time across the change, one from the second 02:30 (winter
 * time) to 04:30; another worker has a shift the same morning. Found by component scanning from the test classpath.
 */
@Component
public class FallBackShifts {

	/** The site's address, which the feed gives as the events' location. */
	public static final String ADDRESS = "12 rue des Lilas, 38000 Grenoble";

	/**
	 * What was published.
	 *
	 * @param uids the UIDs the worker's shifts must keep, in order
	 * @param starts the worker's shifts' starts, in order
	 * @param ends their ends
	 */
	public record Published(LocalDate week, String member, List<String> uids, List<Instant> starts,
			List<Instant> ends) {
	}

	private final AccountFixtures accounts;

	private final SystemAccess systemAccess;

	private final MemberService members;

	private final SkillService skills;

	private final RequestService requests;

	private final WorkerService workers;

	private final WeekPlanService weekPlans;

	private final Clock clock;

	FallBackShifts(AccountFixtures accounts, SystemAccess systemAccess, MemberService members, SkillService skills,
			RequestService requests, WorkerService workers, WeekPlanService weekPlans, Clock clock) {
		this.accounts = accounts;
		this.systemAccess = systemAccess;
		this.members = members;
		this.skills = skills;
		this.requests = requests;
		this.workers = workers;
		this.weekPlans = weekPlans;
		this.clock = clock;
	}

	/** The Sunday the clocks next go back in Paris after the tests' now. */
	public LocalDate fallBackSunday() {
		var rules = ClockChangeWeeks.PARIS.getRules();
		var transition = rules.nextTransition(clock.instant());
		while (transition.isGap()) {
			transition = rules.nextTransition(transition.getInstant());
		}
		return transition.getDateTimeBefore().toLocalDate();
	}

	/**
	 * Publishes the fall-back week with the shifts of the worker and of the other one, each worker and their account
	 * made if missing; codes start with the prefix.
	 */
	public Published publish(String prefix, long workerId, long otherWorkerId) {
		var sunday = fallBackSunday();
		var week = WeekField.mondayOf(sunday);
		return systemAccess.call(() -> {
			var member = member(prefix + "-M", "Mairie de " + prefix);
			member.getSites().getFirst().setAddress(ADDRESS);
			var stored = members.save(member);
			var skill = skills.save(skill(prefix + "-K", "Accueil " + prefix));
			var shifts = new ArrayList<PlannedShift>();
			var uids = new ArrayList<String>();
			var starts = new ArrayList<Instant>();
			var ends = new ArrayList<Instant>();
			// 01:30 summer time, three elapsed hours: 03:30 winter time, on the clock two hours later
			var across = requests.save(request(prefix + "-R1", stored, skill, week));
			shifts.add(new PlannedShift(across, 0, workers.get(workerId), sunday.atTime(1, 30), null,
					sunday.atTime(3, 30), null, false, null));
			uids.add(week + "-" + prefix + "-R1-0@mosaic");
			starts.add(instant(sunday.atTime(1, 30), null));
			ends.add(instant(sunday.atTime(3, 30), null));
			// the second 02:30, in winter time
			var repeated = requests.save(request(prefix + "-R2", stored, skill, week));
			shifts.add(new PlannedShift(repeated, 0, workers.get(workerId), sunday.atTime(2, 30), ZoneOffset.ofHours(1),
					sunday.atTime(4, 30), null, false, null));
			uids.add(week + "-" + prefix + "-R2-0@mosaic");
			starts.add(instant(sunday.atTime(2, 30), ZoneOffset.ofHours(1)));
			ends.add(instant(sunday.atTime(4, 30), null));
			var others = requests.save(request(prefix + "-R3", stored, skill, week));
			shifts.add(new PlannedShift(others, 0, workers.get(otherWorkerId), sunday.atTime(8, 0), null,
					sunday.atTime(11, 0), null, false, null));
			weekPlans.saveDraft(week, shifts, "0hard/0medium/0soft", true);
			weekPlans.publish(week);
			return new Published(week, stored.getName(), uids, starts, ends);
		});
	}

	/** Removes the week's plan, so that other tests find it free. */
	public void unpublish(LocalDate week) {
		systemAccess.run(() -> {
			if (weekPlans.isPublished(week)) {
				weekPlans.reopen(week);
			}
			weekPlans.deleteWeek(week);
		});
	}

	/** The worker's and the other's ids, with their accounts. */
	public long worker(String username, String code) {
		return accounts.worker(username, code);
	}

	private static Instant instant(LocalDateTime time, ZoneOffset offset) {
		return ZonedDateTime.ofLocal(time, ClockChangeWeeks.PARIS, offset).toInstant();
	}

}
