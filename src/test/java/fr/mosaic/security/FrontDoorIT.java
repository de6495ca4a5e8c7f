package fr.mosaic.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import fr.mosaic.RegisterFixtures;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.ui.LoginView;

/**
 * The front door over real HTTP: the headers of the pages and the API, the session cookie, the login form's CSRF token,
 * the push endpoint's answer to another origin, each role's landing, the logout after a forced password change, the API
 * refusing a member, and quiet logs for requests of things that do not exist.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class FrontDoorIT {

	static final String PUSH = "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=abc&X-Atmosphere-tracking-id=0"
			+ "&X-Atmosphere-Transport=long-polling";

	static final String ELSEWHERE = "https://elsewhere.example";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@Autowired
	MemberService members;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	Environment environment;

	@Autowired
	ObjectProvider<SecurityContextHolderStrategy> securityContexts;

	@BeforeAll
	void createAccounts() {
		systemAccess.run(() -> {
			accounts.create("door-coordinator", "door-coordinator-password", AppRoles.COORDINATOR);
			var member = members.save(RegisterFixtures.member("DOOR-M1", "Boulangerie du Port"));
			var token = accounts.invite(NewAccount.member("door-member", member.getId()));
			accounts.acceptInvitation(token, "door-member-password");
		});
	}

	@Test
	void pagesAndTheApiCarryTheSecurityHeaders() throws Exception {
		var browser = new WebSession(port);
		var login = browser.get("/login");
		var api = browser.get("/api/solve/no-such-job");

		for (var response : new HttpResponse<?>[] { login, api }) {
			assertThat(header(response, "Content-Security-Policy")).as(response.uri().getPath()).contains(
					"default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "frame-ancestors 'none'",
					"object-src 'none'");
			assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
			assertThat(header(response, "Referrer-Policy")).isEqualTo("no-referrer");
		}
		var cookie = assertThat(header(login, "Set-Cookie")).contains("JSESSIONID=", "HttpOnly", "SameSite=Lax");
		// production is served over HTTPS only (.ci/run runs this test again in the prod profile)
		if (environment.matchesProfiles("prod")) {
			cookie.contains("Secure");
		} else {
			cookie.doesNotContain("Secure");
		}
		assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
	}

	@Test
	void theLoginFormRequiresItsCsrfToken() throws Exception {
		var forger = new WebSession(port);
		forger.get("/login");

		var withoutToken = forger
				.postLogin(Map.of("username", "door-coordinator", "password", "door-coordinator-password"));

		assertThat(WebSession.location(withoutToken)).isEqualTo("/login");
		assertThat(WebSession.location(forger.get("/"))).as("still anonymous").isEqualTo("/login");
		assertThat(WebSession.location(new WebSession(port).logIn("door-coordinator", "door-coordinator-password")))
				.as("with its token").isEqualTo("/");
	}

	@Test
	void pushAnswersNoOtherOriginWithCredentials() throws Exception {
		var anonymous = new WebSession(port).get(PUSH, "Origin", ELSEWHERE);
		var member = new WebSession(port);
		member.logIn("door-member", "door-member-password");
		var loggedIn = member.get(PUSH, "Origin", ELSEWHERE);

		for (var response : new HttpResponse<?>[] { anonymous, loggedIn }) {
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
			assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
		}
	}

	@Test
	void eachRoleLandsOnItsHomeAndTheApiRefusesAMember() throws Exception {
		var member = new WebSession(port);
		member.logIn("door-member", "door-member-password");
		var coordinator = new WebSession(port);
		coordinator.logIn("door-coordinator", "door-coordinator-password");

		assertThat(WebSession.location(member.get("/"))).isEqualTo("/" + RoleHomes.MEMBER);
		assertThat(WebSession.location(member.get("/?continue")))
				.as("back to the root after logging in, as after a logout").isEqualTo("/" + RoleHomes.MEMBER);
		assertThat(WebSession.location(member.get("/?v-r=init&location=" + RoleHomes.MEMBER)))
				.as("Vaadin's own request to the root is not sent away").isEmpty();
		assertThat(member.get("/" + RoleHomes.MEMBER).statusCode()).isEqualTo(200);
		assertThat(coordinator.get("/").statusCode()).isEqualTo(200);
		assertThat(member.get("/api/solve/no-such-job").statusCode()).as("a member's session").isEqualTo(401);
		assertThat(member.getAs("/api/solve/no-such-job", "door-member", "door-member-password").statusCode())
				.as("a member's password").isEqualTo(403);
	}

	@Test
	void afterAForcedPasswordChangeTheLogoutSaysToLogInAgainThenTheLoginLandsHome() throws Exception {
		systemAccess.run(
				() -> accounts.createWithPassword(NewAccount.coordinator("door-initial"), "door-initial-provisoire"));
		var session = new WebSession(port);
		session.logIn("door-initial", "door-initial-provisoire");
		// what "Mon compte" does in that login's name, before it logs out; in the context method security reads,
		// this application's strategy, not whichever one another test's context left JVM-wide
		var contexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		var login = contexts.createEmptyContext();
		login.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("door-initial", null,
				AuthorityUtils.createAuthorityList(AppRoles.PASSWORD_CHANGE)));
		contexts.setContext(login);
		try {
			accounts.changeOwnPassword("door-initial-provisoire", "door-initial-nouveau");
		} finally {
			contexts.clearContext();
		}

		assertThat(WebSession.location(session.logOut())).isEqualTo("/login?" + LoginView.PASSWORD_CHANGED);
		assertThat(WebSession.location(session.logIn("door-initial", "door-initial-nouveau"))).isEqualTo("/");
		assertThat(session.get("/").statusCode()).as("the coordinator's home, the week plan").isEqualTo(200);
		assertThat(WebSession.location(session.logOut())).as("an ordinary logout").isEqualTo("/");
	}

	@Test
	void requestsForMissingThingsLeaveNoStackTrace(CapturedOutput output) throws Exception {
		var anonymous = new WebSession(port);
		var member = new WebSession(port);
		member.logIn("door-member", "door-member-password");

		for (var path : new String[] { "/nope.php", "/VAADIN/nope.js", "/.env", "/wp-login.php?x=1" }) {
			assertThat(anonymous.get(path).statusCode()).as(path).isIn(302, 404);
			assertThat(member.get(path).statusCode()).as(path).isIn(403, 404);
		}

		assertThat(output.getAll()).doesNotContain("\tat ", "Exception");
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse("");
	}

}
