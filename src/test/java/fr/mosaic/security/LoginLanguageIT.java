package fr.mosaic.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.mosaic.security.UserAccountService.Contact;

/**
 * An account's notices are written in the language of its last login from a client that said one, one Mosaic speaks;
 * French until then, and after a login in another language.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LoginLanguageIT {

	static final String PASSWORD = "language-password";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService accounts;

	@Autowired
	SystemAccess systemAccess;

	@Test
	void theLanguageOfTheLastLoginIsTheOneOfTheNotices() throws Exception {
		systemAccess.run(() -> {
			var token = accounts.invite(NewAccount.coordinator("language-coordinator").withEmail("lang@example.org"));
			accounts.acceptInvitation(token, PASSWORD);
		});
		assertThat(contact().locale()).as("no login yet").isEqualTo(Locale.FRENCH);

		logIn("en-GB,en;q=0.9");
		assertThat(contact().locale()).isEqualTo(Locale.ENGLISH);

		logIn("de-DE");
		assertThat(contact().locale()).as("German is not spoken: the last known language stays")
				.isEqualTo(Locale.ENGLISH);

		logIn("fr-FR");
		assertThat(contact().locale()).isEqualTo(Locale.FRENCH);
	}

	private void logIn(String languages) throws Exception {
		var basic = Base64.getEncoder()
				.encodeToString(("language-coordinator:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		var response = new WebSession(port).get("/api/solve/no-such-job", "Authorization", "Basic " + basic,
				"Accept-Language", languages);
		assertThat(response.statusCode()).as("logged in, no such job").isEqualTo(404);
	}

	private Contact contact() {
		return systemAccess.call(() -> accounts.contacts().stream()
				.filter(contact -> contact.email().equals("lang@example.org")).findFirst().orElseThrow());
	}

}
