package fr.mosaic.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the test server over real HTTP, without a browser: it keeps its cookies, follows no redirect
 * (the tests look at them), and logs in through the login form with the CSRF token the login page gives.
 */
final class WebSession {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private final int port;

	WebSession(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		var request = HttpRequest.newBuilder(uri(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A GET with HTTP Basic credentials, as a script calls the API. */
	HttpResponse<String> getAs(String path, String username, String password) throws Exception {
		var credentials = Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return get(path, "Authorization", "Basic " + credentials);
	}

	/** The CSRF token of the session, as the login page hands it to its form. */
	String csrfToken() throws Exception {
		var page = get("/login").body();
		var matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token in the login page");
		}
		return matcher.group(1);
	}

	/** Posts the login form, with the session's CSRF token; the answer redirects to the next page or to the error. */
	HttpResponse<String> logIn(String username, String password) throws Exception {
		return postLogin(Map.of("username", username, "password", password, "_csrf", csrfToken()));
	}

	HttpResponse<String> postLogin(Map<String, String> form) throws Exception {
		var body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
				.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString(body));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a logout, as the logout button's page does, with the session's CSRF token. */
	HttpResponse<String> logOut() throws Exception {
		var request = HttpRequest.newBuilder(uri("/logout")).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString("_csrf=" + encode(csrfToken())));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Where a redirect leads, as a path with its query. */
	static String location(HttpResponse<?> response) {
		var location = URI.create(response.headers().firstValue("Location").orElse(""));
		return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
