package fr.mosaic.planning;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the test server, as a script makes them: HTTP Basic credentials "user:password" or none. */
final class ApiClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	ApiClient(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path, @Nullable String credentials, String... headers) throws Exception {
		return send("GET", path, credentials, BodyPublishers.noBody(), headers);
	}

	HttpResponse<String> delete(String path, @Nullable String credentials) throws Exception {
		return send("DELETE", path, credentials, BodyPublishers.noBody());
	}

	/** Posts a JSON body. */
	HttpResponse<String> post(String path, String body, @Nullable String credentials) throws Exception {
		return send("POST", path, credentials, BodyPublishers.ofString(body), "Content-Type", "application/json");
	}

	HttpResponse<String> send(String method, String path, @Nullable String credentials, BodyPublisher body,
			String... headers) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).method(method, body);
		if (headers.length > 0) {
			request.headers(headers);
		}
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
