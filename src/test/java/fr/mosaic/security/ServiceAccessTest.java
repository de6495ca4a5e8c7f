package fr.mosaic.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

import fr.mosaic.dashboard.AnalysisService;
import fr.mosaic.dashboard.DashboardService;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.member.MemberService;
import fr.mosaic.notice.NoticeService;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.planning.ShiftEditing;
import fr.mosaic.request.RequestService;
import fr.mosaic.transfer.ProblemExporter;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.SkillService;
import fr.mosaic.worker.WorkerService;

/**
 * The services themselves, not only the screens, are the coordinator's: a call with no one logged in, or by a member or
 * a worker, is refused before it runs.
 */
@SpringBootTest
class ServiceAccessTest {

	private static final LocalDate WEEK = LocalDate.of(2026, 11, 23);

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	SkillService skills;

	@Autowired
	RequestService requests;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	PlanningService planning;

	@Autowired
	PlanStore planStore;

	@Autowired
	DashboardService dashboard;

	@Autowired
	AnalysisService analyses;

	@Autowired
	ShiftEditing editing;

	@Autowired
	ProblemImporter importer;

	@Autowired
	ProblemExporter exporter;

	@Autowired
	UserAccountService accounts;

	@Autowired
	NoticeService notices;

	@Autowired
	SystemAccess systemAccess;

	@Test
	void callWithNoOneLoggedInIsRefused() {
		refusals().forEach((service, call) -> assertThatThrownBy(call::run).as(service)
				.isInstanceOf(AuthenticationCredentialsNotFoundException.class));
	}

	@Test
	@WithMockUser(roles = AppRoles.MEMBER)
	void memberIsRefused() {
		refusals().forEach(
				(service, call) -> assertThatThrownBy(call::run).as(service).isInstanceOf(AccessDeniedException.class));
	}

	@Test
	@WithMockUser(roles = AppRoles.WORKER)
	void workerIsRefused() {
		refusals().forEach(
				(service, call) -> assertThatThrownBy(call::run).as(service).isInstanceOf(AccessDeniedException.class));
	}

	@Test
	@WithMockUser(roles = AppRoles.COORDINATOR)
	void coordinatorIsServed() {
		reads().forEach((service, call) -> assertThatCode(call::run).as(service).doesNotThrowAnyException());
	}

	@Test
	void systemAccessLendsTheCoordinatorsRightsForTheCallOnly() {
		assertThat(systemAccess.call(() -> members.count(""))).isNotNegative();

		assertThatThrownBy(() -> members.count("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	/** One read of each coordinator service, harmless to repeat. */
	private Map<String, Runnable> reads() {
		var calls = new LinkedHashMap<String, Runnable>();
		calls.put("members", () -> members.count(""));
		calls.put("workers", () -> workers.findAll());
		calls.put("skills", () -> skills.findAll());
		calls.put("requests", () -> requests.findByWeek(WEEK));
		calls.put("week plans", () -> weekPlans.findByWeek(WEEK));
		calls.put("planning", () -> planning.status("no-such-job"));
		calls.put("plan store", () -> planStore.find(WEEK));
		calls.put("export", () -> exporter.exportWeek(WEEK));
		calls.put("dashboard", () -> dashboard.weeks(WEEK, 1));
		calls.put("skills gap", () -> analyses.skillsGap(WEEK, WEEK, share -> {
		}).join());
		calls.put("consolidation", () -> analyses.consolidation(WEEK, WEEK, share -> {
		}).join());
		return calls;
	}

	/** The reads, and writes that would change something if they ran. */
	private Map<String, Runnable> refusals() {
		var calls = reads();
		calls.put("import", () -> importer.importJson("{}"));
		calls.put("shift editing", () -> editing.pin(WEEK, new ShiftKey("r1", 0), true));
		calls.put("accounts", () -> accounts.create("intruder", "intruder-password", AppRoles.COORDINATOR));
		calls.put("account e-mail", () -> accounts.changeEmail(1, "intruder@example.org"));
		calls.put("notices", () -> notices.retry(1));
		return calls;
	}

}
