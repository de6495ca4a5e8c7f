package fr.mosaic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.planning.validation.PlanValidator;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.UserAccountService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API over real HTTP: post a problem, poll the job, fetch a valid plan; only coordinators may. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningApiIT {

	static final Path PROBLEM = Path.of("src/test/resources/interchange/small-problem.json");

	final HttpClient http = HttpClient.newHttpClient();

	final InterchangeJson json = new InterchangeJson();

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@BeforeAll
	void createAccounts() {
		accounts.create("api-coordinator", "coordinator-secret", AppRoles.COORDINATOR);
		accounts.create("api-member", "member-secret", AppRoles.MEMBER);
	}

	@Test
	void solvesAPostedProblemIntoAValidPlan() throws Exception {
		var posted = send(post("/api/solve?seconds=2", Files.readString(PROBLEM), "api-coordinator:coordinator-secret"));
		assertThat(posted.statusCode()).isEqualTo(202);
		var jobId = posted.body().replaceAll(".*\"jobId\"\\s*:\\s*\"([^\"]+)\".*", "$1");

		var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String status;
		do {
			Thread.sleep(300);
			status = send(get("/api/solve/" + jobId, "api-coordinator:coordinator-secret")).body();
		}
		while (status.contains("\"SOLVING\"") && System.nanoTime() < deadline);
		assertThat(status).contains("\"DONE\"");

		var plan = json.readPlan(send(get("/api/solve/" + jobId + "/plan", "api-coordinator:coordinator-secret")).body());
		assertThat(plan.shifts()).hasSize(8);
		assertThat(new PlanValidator().validate(json.readProblem(Files.readString(PROBLEM)), plan)).isEmpty();
	}

	@Test
	void aBadProblemGetsItsErrorsWithTheirJsonPaths() throws Exception {
		var bad = Files.readString(PROBLEM).replace("\"durationMinutes\": 240", "\"durationMinutes\": -240");

		var response = send(post("/api/solve", bad, "api-coordinator:coordinator-secret"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("$.requests[0].durationMinutes");
	}

	@Test
	void onlyCoordinatorsMayUseTheApi() throws Exception {
		assertThat(send(get("/api/solve/unknown", null)).statusCode()).isEqualTo(401);
		assertThat(send(get("/api/solve/unknown", "api-member:member-secret")).statusCode()).isEqualTo(403);
		assertThat(send(get("/api/solve/unknown", "api-coordinator:wrong")).statusCode()).isEqualTo(401);
		assertThat(send(get("/api/solve/unknown", "api-coordinator:coordinator-secret")).statusCode()).isEqualTo(404);
	}

	private HttpRequest post(String path, String body, String credentials) {
		return authorized(HttpRequest.newBuilder(uri(path)), credentials).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest get(String path, String credentials) {
		return authorized(HttpRequest.newBuilder(uri(path)), credentials).GET().build();
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder builder, String credentials) {
		return credentials == null ? builder : builder.header("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
