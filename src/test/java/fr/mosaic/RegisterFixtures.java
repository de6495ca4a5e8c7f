package fr.mosaic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fr.mosaic.base.TestClock;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.request.RecurringRequest;
import fr.mosaic.request.RecurringWindow;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestWindow;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.Worker;

/** Records of the register as tests store them: valid, named by a code the test keeps unique. */
public final class RegisterFixtures {

	private RegisterFixtures() {
	}

	/** A member with one site, coded {@code code-S}. */
	public static Member member(String code, String name) {
		var member = new Member();
		member.setCode(code);
		member.setName(name);
		var site = new Site();
		site.setCode(code + "-S");
		site.setName("Accueil");
		site.setLat(45.0);
		site.setLon(5.0);
		member.addSite(site);
		return member;
	}

	public static Skill skill(String code, String name) {
		var skill = new Skill();
		skill.setCode(code);
		skill.setName(name);
		return skill;
	}

	public static Worker worker(String code, String name) {
		var worker = new Worker();
		worker.setCode(code);
		worker.setName(name);
		return worker;
	}

	/**
	 * Three hours on Wednesday mornings at the member's first site, for a year from the Monday of the test clock's
	 * week.
	 */
	public static RecurringRequest recurring(Member member, Skill skill) {
		var recurring = new RecurringRequest();
		var monday = WeekField.mondayOf(LocalDate.now(TestClock.clock()));
		recurring.setFirstDay(monday);
		recurring.setLastDay(monday.plusYears(1).minusDays(1));
		recurring.setMember(member);
		recurring.setSite(member.getSites().getFirst());
		recurring.setSkill(skill);
		recurring.setDurationMinutes(180);
		recurring
				.setWindows(List.of(new RecurringWindow(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
		return recurring;
	}

	/** Three hours on the week's Wednesday morning at the member's first site. */
	public static Request request(String code, Member member, Skill skill, LocalDate weekStart) {
		var request = new Request();
		request.setCode(code);
		request.setWeekStart(weekStart);
		request.setMember(member);
		request.setSite(member.getSites().getFirst());
		request.setSkill(skill);
		request.setDurationMinutes(180);
		var wednesday = weekStart.plusDays(2);
		request.setWindows(List.of(new RequestWindow(wednesday.atTime(9, 0), wednesday.atTime(12, 0))));
		return request;
	}

	/** A text of exactly {@code length} characters that starts with the prefix, so codes stay unique. */
	public static String text(String prefix, int length) {
		return prefix + "x".repeat(length - prefix.length());
	}

}
