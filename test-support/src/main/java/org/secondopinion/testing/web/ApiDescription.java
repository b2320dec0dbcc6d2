package org.secondopinion.testing.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a service's OpenAPI document lacks: endpoints it does not describe, operations without a summary. */
public final class ApiDescription {

	private ApiDescription() {
	}

	/** The OpenAPI document the service at {@code baseUrl} serves at {@code /v3/api-docs} to the bearer of {@code token}. */
	public static JsonNode fetch(String baseUrl, String token) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("/v3/api-docs answered " + response.statusCode());
		}
		return JsonMapper.shared().readTree(response.body());
	}

	/** The status a GET of {@code path} on the service at {@code baseUrl} answers, with {@code token} as bearer if any. */
	public static int status(String baseUrl, String path, @Nullable String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** Each endpoint that the document's {@code paths} do not describe, or describe without a summary. */
	public static List<String> gaps(JsonNode document, Collection<Endpoint> endpoints) {
		List<String> gaps = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			JsonNode operation = document.path("paths").path(endpoint.path()).path(endpoint.method().toLowerCase(Locale.ROOT));
			if (operation.isMissingNode()) {
				gaps.add(endpoint + " is not described");
			}
			else if (operation.path("summary").asString("").isBlank()) {
				gaps.add(endpoint + " has no summary");
			}
		}
		return gaps;
	}

}
