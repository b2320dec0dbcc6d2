package org.secondopinion.testing.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/** What a service's OpenAPI document lacks: endpoints it does not describe, operations without a summary. */
public final class ApiDescription {

	private ApiDescription() {
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
