package fr.mosaic.planning;

import static fr.mosaic.planning.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.planning.validation.PlanValidator;
import fr.mosaic.security.AppRoles;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST API over real HTTP: post a problem, poll the job, fetch a valid plan in the caller's language, cancel a job
 * whether it runs or waits (the tests solve one job at a time: {@code mosaic.planning.parallel-solvers=1}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningApiIT {

	static final Path PROBLEM = Path.of("docs/spec/examples/small-problem.json");

	static final String COORDINATOR = "api-coordinator:coordinator-secret";

	final InterchangeJson interchange = new InterchangeJson();

	@LocalServerPort
	int port;

	ApiClient api;

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	@BeforeAll
	void createAccount() {
		systemAccess.run(() -> accounts.create("api-coordinator", "coordinator-secret", AppRoles.COORDINATOR));
		api = new ApiClient(port);
	}

	@Test
	void solvesAPostedProblemIntoAValidPlan() throws Exception {
		var jobId = post("/api/solve?seconds=2", Files.readString(PROBLEM));

		awaitState(jobId, "SOLVED");

		var plan = interchange.readPlan(api.get("/api/solve/" + jobId + "/plan", COORDINATOR).body());
		assertThat(plan.shifts()).hasSize(8);
		assertThat(new PlanValidator().validate(interchange.readProblem(Files.readString(PROBLEM)), plan)).isEmpty();
	}

	@Test
	void thePlanComesInTheLanguageTheCallerPrefers() throws Exception {
		// Nobody has the skill of request r4, which stays uncovered with a reason.
		var problem = (ObjectNode) ApiClient.JSON.readTree(Files.readString(PROBLEM));
		problem.withArray("skills").addObject().put("id", "plumbing").put("name", "Plomberie");
		((ObjectNode) problem.at("/requests/3")).put("skill", "plumbing");
		var jobId = post("/api/solve?seconds=1", ApiClient.JSON.writeValueAsString(problem));
		awaitState(jobId, "SOLVED");
		var path = "/api/solve/" + jobId + "/plan";

		var french = api.get(path, COORDINATOR, "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8");
		var english = api.get(path, COORDINATOR, "Accept-Language", "en-GB,en;q=0.9");
		var unasked = api.get(path, COORDINATOR);

		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(reasonOfR4(french.body())).isEqualTo("aucun salarié n'a la compétence Plomberie");
		assertThat(reasonOfR4(english.body())).isEqualTo("no worker has the skill Plomberie");
		assertThat(reasonOfR4(unasked.body())).isEqualTo("aucun salarié n'a la compétence Plomberie");
	}

	@Test
	void aCancelledJobEndsCancelledAndOneCancelledWhileWaitingNeverSolves() throws Exception {
		var running = post("/api/solve?seconds=120", Files.readString(PROBLEM));
		awaitState(running, "SOLVING");
		var waiting = post("/api/solve?seconds=120", Files.readString(PROBLEM));
		assertThat(state(waiting)).isEqualTo("QUEUED");

		assertThat(api.delete("/api/solve/" + waiting, COORDINATOR).statusCode()).isEqualTo(204);

		assertThat(state(waiting)).isEqualTo("CANCELLED");
		assertThat(state(running)).isEqualTo("SOLVING");
		assertThat(api.delete("/api/solve/" + running, COORDINATOR).statusCode()).isEqualTo(204);
		awaitState(running, "CANCELLED");
		assertThat(state(waiting)).as("never started once cancelled").isEqualTo("CANCELLED");
		assertThat(interchange.readPlan(api.get("/api/solve/" + running + "/plan", COORDINATOR).body()).shifts())
				.as("the best plan found before the cancel").hasSize(8);
		assertThat(api.delete("/api/solve/unknown", COORDINATOR).statusCode()).isEqualTo(404);
	}

	private String post(String path, String problem) throws Exception {
		var posted = api.post(path, problem, COORDINATOR);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
		return json(posted).get("jobId").asString();
	}

	private String state(String jobId) throws Exception {
		return json(api.get("/api/solve/" + jobId, COORDINATOR)).get("state").asString();
	}

	private void awaitState(String jobId, String state) {
		await().atMost(Duration.ofSeconds(60)).until(() -> state(jobId).equals(state));
	}

	private String reasonOfR4(String plan) {
		return interchange.readPlan(plan).shifts().stream().filter(shift -> shift.request().equals("r4"))
				.map(PlanDocument.Shift::reason).findFirst().orElseThrow();
	}

}
