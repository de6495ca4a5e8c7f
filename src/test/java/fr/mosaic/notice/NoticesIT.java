package fr.mosaic.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.OwnApplicationContext;
import fr.mosaic.base.MutableClock;
import fr.mosaic.base.TestClock;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.member.MemberService;
import fr.mosaic.planning.ExampleWeek;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.NewAccount;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.transfer.ProblemImporter;
import fr.mosaic.weekplan.PlanStore;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.worker.WorkerService;

/**
 * The notices of a publication reach a real SMTP server (GreenMail): each worker and member of a published week gets
 * their week; a week published again after corrections notifies only those whose shifts changed, with the change. A
 * server that is down delays the notices, by the application's clock, without touching the publication. The week is the
 * spec's example week moved to the week after the tests' today.
 */
@ExtendWith(OwnApplicationContext.class)
@SpringBootTest(properties = { "mosaic.notice.send-interval=1h", "mosaic.notice.max-attempts=3",
		"mosaic.notice.from=planning@mosaic.test" })
@WithMockUser(roles = AppRoles.COORDINATOR)
class NoticesIT {

	static final MutableClock CLOCK = MutableClock.atTestClock();

	static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	static final LocalDate WEEK = WeekField.mondayOf(LocalDate.now(TestClock.clock())).plusWeeks(1);

	static final Locale FR = Locale.FRENCH;

	static GreenMail mailServer;

	@TestBean(name = "testClock", methodName = "mutableClock")
	Clock clock;

	@Autowired
	ProblemImporter importer;

	@Autowired
	PlanStore planStore;

	@Autowired
	WeekPlanService weekPlans;

	@Autowired
	UserAccountService accounts;

	@Autowired
	MemberService members;

	@Autowired
	WorkerService workers;

	@Autowired
	NoticeSender sender;

	@Autowired
	NoticeService outbox;

	@Autowired
	DataSource dataSource;

	PlanDocument plan;

	static Clock mutableClock() {
		return CLOCK;
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", SMTP::getBindAddress);
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@BeforeEach
	void storeTheWeekAndItsAccounts() {
		DatabaseCleaner.clean(dataSource);
		startServer();
		importer.importJson(ExampleWeek.problemIn(WEEK));
		plan = new InterchangeJson().readPlan(ExampleWeek.planIn(WEEK));
		planStore.storeDraft(plan);
		worker("notice-w1", "w1", "salariee1@example.org");
		worker("notice-w2", "w2", "salarie2@example.org");
		worker("notice-w3", "w3", null);
		member("notice-m1", "m1", "boulangerie@example.org");
		member("notice-m2", "m2", "asp@example.org");
		member("notice-m3", "m3", "mairie@example.org");
		// the sports club's manager last logged in from an English browser
		new JdbcTemplate(dataSource).update("UPDATE user_account SET locale = 'en' WHERE username = 'notice-m2'");
	}

	@AfterEach
	void stopTheServer() {
		mailServer.stop();
		DatabaseCleaner.clean(dataSource);
	}

	// a stopped GreenMail is not started again: a new one listens on the same port
	private static void startServer() {
		mailServer = new GreenMail(SMTP);
		mailServer.start();
	}

	@Test
	void aPublishedWeekReachesEachWorkerAndMemberWithAnAddressThenOnlyItsChanges() throws Exception {
		weekPlans.publish(WEEK);
		assertThat(sender.sendDue()).isEqualTo(5);

		var week = received();
		assertThat(week).as("the third worker gave no address").containsOnlyKeys("salariee1@example.org",
				"salarie2@example.org", "boulangerie@example.org", "asp@example.org", "mairie@example.org");
		var monday = DateText.weekday(WEEK, FR);
		var tuesday = DateText.weekday(WEEK.plusDays(1), FR);
		assertThat(week.get("salariee1@example.org").subject())
				.isEqualTo("Votre planning de la semaine du " + DateText.day(WEEK, FR));
		assertThat(week.get("salariee1@example.org").lines()).containsExactly(
				"- " + monday + ", 08:00–12:00 : Boulangerie du Parc, Boutique",
				"- " + monday + ", 13:00–16:00 : Association Sportive des Pentes, Gymnase",
				"- " + tuesday + ", 08:00–12:00 : Boulangerie du Parc, Boutique");
		assertThat(week.get("boulangerie@example.org").lines()).containsExactly(
				"- " + monday + ", 08:00–12:00, Boutique : Salariée 1",
				"- " + tuesday + ", 08:00–12:00, Boutique : Salariée 1");
		var english = week.get("asp@example.org");
		assertThat(english.subject()).isEqualTo("Your schedule for the week of " + DateText.day(WEEK, Locale.ENGLISH));
		assertThat(english.lines()).containsExactly(
				"- " + DateText.weekday(WEEK, Locale.ENGLISH) + ", 13:00–16:00, Gymnase: Salariée 1",
				"- " + DateText.weekday(WEEK.plusDays(1), Locale.ENGLISH) + ", 13:00–16:00, Gymnase: Salariée 3",
				"- " + DateText.weekday(WEEK.plusDays(4), Locale.ENGLISH) + ", 08:00–12:00, Stade: Salariée 3");
		mailServer.purgeEmailFromAllMailboxes();

		// the correction gives the club's Monday afternoon to the third worker and moves the town hall's Tuesday an
		// hour
		weekPlans.reopen(WEEK);
		planStore.storeDraft(corrected());
		weekPlans.publish(WEEK);
		assertThat(sender.sendDue()).isEqualTo(4);

		var changes = received();
		assertThat(changes).as("the bakery's shifts did not change, the third worker has no address").containsOnlyKeys(
				"salariee1@example.org", "salarie2@example.org", "asp@example.org", "mairie@example.org");
		assertThat(changes.get("salariee1@example.org").subject())
				.isEqualTo("Changements dans votre planning de la semaine du " + DateText.day(WEEK, FR));
		assertThat(changes.get("salariee1@example.org").lines())
				.containsExactly("- Retiré : " + monday + ", 13:00–16:00 : Association Sportive des Pentes, Gymnase");
		assertThat(changes.get("salarie2@example.org").lines()).containsExactly(
				"- Modifié : " + tuesday + ", 08:00–15:00 : Mairie de Saint-Clair, Services techniques," + " devient "
						+ tuesday + ", 09:00–16:00 : Mairie de Saint-Clair, Services techniques");
		assertThat(changes.get("mairie@example.org").lines())
				.containsExactly("- Modifié : " + tuesday + ", 08:00–15:00, Services techniques : Salarié 2, devient "
						+ tuesday + ", 09:00–16:00, Services techniques : Salarié 2");
		assertThat(changes.get("asp@example.org").lines()).containsExactly(
				"- Changed: " + DateText.weekday(WEEK, Locale.ENGLISH) + ", 13:00–16:00, Gymnase: Salariée 1, now "
						+ DateText.weekday(WEEK, Locale.ENGLISH) + ", 13:00–16:00, Gymnase: Salariée 3");
		mailServer.purgeEmailFromAllMailboxes();

		// corrections discarded: the week is back as published, nobody is told anything
		weekPlans.reopen(WEEK);
		planStore.storeDraft(plan);
		weekPlans.discardDraft(WEEK);
		assertThat(sender.sendDue()).isZero();
		assertThat(mailServer.getReceivedMessages()).isEmpty();
	}

	@Test
	void aServerThatIsDownDelaysTheNoticesWithoutTouchingThePublication() throws Exception {
		mailServer.stop();

		weekPlans.publish(WEEK);
		assertThat(weekPlans.isPublished(WEEK)).isTrue();
		assertThat(sender.sendDue()).as("server down").isZero();
		assertThat(outbox.pendingCount()).isEqualTo(5);

		startServer();
		assertThat(sender.sendDue()).as("the retry waits a minute").isZero();
		CLOCK.advance(Duration.ofMinutes(1));
		assertThat(sender.sendDue()).isEqualTo(5);
		assertThat(received()).hasSize(5);
		assertThat(outbox.pendingCount()).isZero();
		assertThat(weekPlans.isPublished(WEEK)).isTrue();
	}

	@Test
	void aNoticeThatCannotBeSentIsKeptAsFailedAfterItsLastAttempt() {
		mailServer.stop();
		weekPlans.publish(WEEK);

		sender.sendDue();
		CLOCK.advance(Duration.ofMinutes(1));
		sender.sendDue();
		assertThat(outbox.failed()).isEmpty();
		CLOCK.advance(Duration.ofSeconds(119));
		assertThat(sender.sendDue()).isZero();
		assertThat(outbox.failed()).as("the third attempt waits two minutes").isEmpty();
		CLOCK.advance(Duration.ofSeconds(1));
		sender.sendDue();

		assertThat(outbox.pendingCount()).isZero();
		assertThat(outbox.failed()).hasSize(5).allSatisfy(failed -> {
			assertThat(failed.weekStart()).isEqualTo(WEEK);
			assertThat(failed.attempts()).isEqualTo(3);
			assertThat(failed.lastError()).contains("Connection refused");
		});
	}

	private PlanDocument corrected() {
		var shifts = plan.shifts().stream().map(s -> switch (s.request() + "#" + s.index()) {
			case "r2#0" -> new PlanDocument.Shift(s.request(), s.index(), "w3", s.start(), s.end(), false, null);
			case "r3#1" -> new PlanDocument.Shift(s.request(), s.index(), s.worker(), later(s.start()), later(s.end()),
					false, null);
			default -> s;
		}).toList();
		return new PlanDocument(WEEK, plan.score(), true, shifts, plan.workers(), plan.members());
	}

	private static WallTime later(WallTime time) {
		return WallTime.of(time.local().plusHours(1));
	}

	private void worker(String username, String code, @Nullable String email) {
		var worker = workers.findByCode(code).orElseThrow();
		accounts.invite(NewAccount.worker(username, worker.getId()).withEmail(email));
	}

	private void member(String username, String code, String email) {
		var member = members.findByCode(code).orElseThrow();
		accounts.invite(NewAccount.member(username, member.getId()).withEmail(email));
	}

	/** The messages the server received, by recipient: one each. */
	private static Map<String, Mail> received() throws MessagingException {
		var messages = mailServer.getReceivedMessages();
		for (var message : messages) {
			assertThat(message.getFrom()[0].toString()).isEqualTo("planning@mosaic.test");
		}
		return Arrays.stream(messages).map(NoticesIT::mail).collect(Collectors.toMap(Mail::recipient, mail -> mail));
	}

	private static Mail mail(MimeMessage message) {
		try {
			var body = ((String) message.getContent()).replace("\r\n", "\n");
			return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
					body.lines().filter(line -> line.startsWith("- ")).toList());
		} catch (MessagingException | IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** A received notice: to whom, its subject and its lines of shifts. */
	record Mail(String recipient, String subject, List<String> lines) {
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
