package fr.mosaic.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

import fr.mosaic.OwnApplicationContext;
import fr.mosaic.base.MutableClock;
import fr.mosaic.base.RefusedException;

/**
 * Repeated wrong passwords lock the account, on the login form and on the REST API alike, for the configured wait by
 * the application's clock (here moved on by hand): the right password is refused while the lock lasts and accepted
 * after it. Defaults: 5 failures, 15 minutes. An invitation link expires alike, after 72 hours.
 */
@ExtendWith(OwnApplicationContext.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginLockoutIT {

	static final MutableClock CLOCK = MutableClock.atTestClock();

	static final String PASSWORD = "the-right-password";

	static final String WRONG = "a-wrong-password";

	@TestBean(name = "testClock", methodName = "mutableClock")
	Clock clock;

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	static Clock mutableClock() {
		return CLOCK;
	}

	@BeforeAll
	void createAccounts() {
		systemAccess.run(() -> {
			accounts.create("lock-form", PASSWORD, AppRoles.COORDINATOR);
			accounts.create("lock-api", PASSWORD, AppRoles.COORDINATOR);
			accounts.create("lock-again", PASSWORD, AppRoles.COORDINATOR);
		});
	}

	@Test
	void theLoginFormLocksAfterFiveFailuresUntilTheWaitIsOver() throws Exception {
		var browser = new WebSession(port);
		for (var i = 0; i < 5; i++) {
			assertThat(WebSession.location(browser.logIn("lock-form", WRONG))).isEqualTo("/login?error");
		}

		assertThat(WebSession.location(browser.logIn("lock-form", PASSWORD))).as("locked").isEqualTo("/login?error");
		CLOCK.advance(Duration.ofMinutes(14));
		assertThat(WebSession.location(browser.logIn("lock-form", PASSWORD))).as("still locked")
				.isEqualTo("/login?error");
		CLOCK.advance(Duration.ofMinutes(2));
		assertThat(WebSession.location(browser.logIn("lock-form", PASSWORD))).as("unlocked").isEqualTo("/");
	}

	@Test
	void theApiLocksAlike() throws Exception {
		var script = new WebSession(port);
		for (var i = 0; i < 5; i++) {
			assertThat(script.getAs("/api/solve/no-such-job", "lock-api", WRONG).statusCode()).isEqualTo(401);
		}

		assertThat(script.getAs("/api/solve/no-such-job", "lock-api", PASSWORD).statusCode()).as("locked")
				.isEqualTo(401);
		CLOCK.advance(Duration.ofMinutes(16));
		assertThat(script.getAs("/api/solve/no-such-job", "lock-api", PASSWORD).statusCode()).as("unlocked")
				.isEqualTo(404);
	}

	@Test
	void afterTheWaitOneMoreFailureLocksAgainUntilALoginSucceeds() throws Exception {
		var script = new WebSession(port);
		for (var i = 0; i < 5; i++) {
			script.getAs("/api/solve/no-such-job", "lock-again", WRONG);
		}
		CLOCK.advance(Duration.ofMinutes(16));

		script.getAs("/api/solve/no-such-job", "lock-again", WRONG);
		assertThat(script.getAs("/api/solve/no-such-job", "lock-again", PASSWORD).statusCode())
				.as("locked again at the first failure").isEqualTo(401);

		CLOCK.advance(Duration.ofMinutes(16));
		assertThat(script.getAs("/api/solve/no-such-job", "lock-again", PASSWORD).statusCode()).isEqualTo(404);
		for (var i = 0; i < 4; i++) {
			script.getAs("/api/solve/no-such-job", "lock-again", WRONG);
		}
		assertThat(script.getAs("/api/solve/no-such-job", "lock-again", PASSWORD).statusCode())
				.as("the good login started the count again").isEqualTo(404);
	}

	@Test
	void anInvitationExpiresAfterItsValidity() {
		var token = systemAccess.call(() -> accounts.invite(NewAccount.coordinator("lock-invited")));
		CLOCK.advance(Duration.ofHours(71));
		assertThat(accounts.invitedUsername(token)).contains("lock-invited");

		CLOCK.advance(Duration.ofHours(2));

		assertThat(accounts.invitedUsername(token)).isEmpty();
		assertThatThrownBy(() -> accounts.acceptInvitation(token, "a-long-enough-password"))
				.isInstanceOf(RefusedException.class).hasMessageContaining("security.invitation.invalid");
	}

}
