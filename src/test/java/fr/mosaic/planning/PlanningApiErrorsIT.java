package fr.mosaic.planning;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.mosaic.RegisterFixtures;
import fr.mosaic.base.ApiError;
import fr.mosaic.base.ApiError.Detail;
import fr.mosaic.interchange.ProblemLimits;
import fr.mosaic.member.MemberService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.NewAccount;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Every refusal of the REST API has its real status and one JSON body: status, error, message, path. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningApiErrorsIT {

	static final String PROBLEM = "docs/spec/examples/small-problem.json";

	static final String COORDINATOR = "api-errors-coordinator:coordinator-secret";

	/** Reads an error body and fails on any field beyond the format's. */
	static final JsonMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();

	@LocalServerPort
	int port;

	ApiClient api;

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	@Autowired
	MemberService members;

	@BeforeAll
	void createAccounts() {
		systemAccess.run(() -> {
			accounts.create("api-errors-coordinator", "coordinator-secret", AppRoles.COORDINATOR);
			// a member's account is bound to a member of the register
			var member = members.save(RegisterFixtures.member("API-ERRORS-M1", "Boulangerie de l'API"));
			accounts.acceptInvitation(accounts.invite(NewAccount.member("api-errors-member", member.getId())),
					"member-secret-long");
		});
		api = new ApiClient(port);
	}

	@Test
	void onlyCoordinatorsMayUseTheApi() throws Exception {
		var anonymous = api.get("/api/solve/unknown", null, "Accept-Language", "en");

		assertError(anonymous, 401, "Unauthorized", "sign in with HTTP Basic and a coordinator account",
				"/api/solve/unknown");
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Mosaic\"");
		assertError(api.get("/api/solve/unknown", "api-errors-member:member-secret-long"), 403, "Forbidden",
				"l'API est réservée aux coordinateurs", "/api/solve/unknown");
		assertThat(api.get("/api/solve/unknown", "api-errors-coordinator:wrong").statusCode()).isEqualTo(401);
		assertError(api.get("/api/solve/unknown", COORDINATOR, "Accept-Language", "en"), 404, "Not Found",
				"no job \"unknown\": it never existed, or its result was released", "/api/solve/unknown");
	}

	@Test
	void springsOwnRefusalsKeepTheirStatus() throws Exception {
		assertError(english("POST", "/api/solve", BodyPublishers.noBody(), "Content-Type", "application/json"), 400,
				"Bad Request", "the request body is empty: a JSON problem is expected", "/api/solve");
		assertError(english("POST", "/api/solve", BodyPublishers.ofString("hello"), "Content-Type", "text/plain"), 415,
				"Unsupported Media Type", "content type text/plain is not accepted; expected: application/json",
				"/api/solve");
		var wrongMethod = english("PUT", "/api/solve", BodyPublishers.ofString("{}"), "Content-Type",
				"application/json");
		assertError(wrongMethod, 405, "Method Not Allowed", "method PUT is not allowed here; allowed: POST",
				"/api/solve");
		assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
		assertError(
				english("POST", "/api/solve?seconds=abc", BodyPublishers.ofString(Files.readString(Path.of(PROBLEM))),
						"Content-Type", "application/json"),
				400, "Bad Request", "\"abc\" is not a valid value of the parameter \"seconds\"", "/api/solve");
	}

	@Test
	void secondsOutOfRangeAreRefusedWithTheAllowedRange() throws Exception {
		for (var seconds : List.of(-5, 0, 100000)) {
			assertError(api.post("/api/solve?seconds=" + seconds, Files.readString(Path.of(PROBLEM)), COORDINATOR), 400,
					"Bad Request", "seconds doit être compris entre 1 et 600, trouvé " + seconds, "/api/solve");
		}
	}

	@Test
	void aBadProblemGetsEveryErrorWithItsJsonPath() throws Exception {
		var problem = Files.readString(Path.of(PROBLEM)).replaceFirst("\"count\": 1", "\"count\": 2147483647")
				.replace("\"durationMinutes\": 240", "\"durationMinutes\": -240");

		var response = english("POST", "/api/solve", BodyPublishers.ofString(problem), "Content-Type",
				"application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(STRICT.readValue(response.body(), ApiError.class))
				.isEqualTo(new ApiError(400, "Bad Request", "the problem was not solved: 5 errors", "/api/solve",
						List.of(new Detail("$.requests", "2147483654 shifts in all, at most 20000 per problem"),
								new Detail("$.requests[0].durationMinutes", "must be greater than 0, found -240"),
								new Detail("$.requests[0].count", "2147483647 shifts, at most 14 per request"),
								new Detail("$.requests[3].durationMinutes", "must be greater than 0, found -240"),
								new Detail("$.requests[4].durationMinutes", "must be greater than 0, found -240"))));
	}

	@Test
	void aBodyOverTheSizeLimitIsRefusedAndOneAtTheLimitIsTaken() throws Exception {
		var problem = Files.readString(Path.of(PROBLEM));
		var atLimit = problem + " ".repeat(ProblemLimits.DOCUMENT_BYTES - problem.getBytes(UTF_8).length);
		var tooLarge = "the request body is over the limit of 16777216 bytes";

		var taken = api.post("/api/solve?seconds=1", atLimit, COORDINATOR);
		var declared = english("POST", "/api/solve", BodyPublishers.ofString(atLimit + " "), "Content-Type",
				"application/json");
		// Streamed without a length: read up to the limit and no further.
		var streamed = english("POST", "/api/solve",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream((atLimit + " ").getBytes(UTF_8))),
				"Content-Type", "application/json");

		assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
		assertError(declared, 413, "Content Too Large", tooLarge, "/api/solve");
		assertError(streamed, 413, "Content Too Large", tooLarge, "/api/solve");
	}

	@Test
	void anErrorTheServerRaisesOutsideTheControllersHasTheSameBody() throws Exception {
		// The firewall refuses a semicolon in the path; the error is rendered at /error.
		assertError(api.get("/api/solve/a;b", null, "Accept-Language", "en"), 400, "Bad Request",
				"the request is refused (status 400)", "/api/solve/a;b");
	}

	private HttpResponse<String> english(String method, String path, BodyPublisher body, String... headers)
			throws Exception {
		var all = new ArrayList<>(List.of(headers));
		all.addAll(List.of("Accept-Language", "en"));
		return api.send(method, path, COORDINATOR, body, all.toArray(String[]::new));
	}

	private static void assertError(HttpResponse<String> response, int status, String error, String message,
			String path) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(STRICT.readValue(response.body(), ApiError.class))
				.isEqualTo(new ApiError(status, error, message, path, null));
	}

}
