package org.secondopinion.gateway.ehr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One page of a FHIR search result: the entries' resources as the EHR served them (not yet validated), and the
 * link to the next page.
 */
public record BundlePage(List<JsonNode> resources, Optional<URI> next) {

	public BundlePage {
		resources = List.copyOf(resources);
	}

	static BundlePage of(JsonNode bundle, URI requested) {
		if (!"Bundle".equals(bundle.path("resourceType").asString(""))) {
			throw new EhrUnavailableException("Expected a FHIR Bundle from " + requested + " but got '"
					+ bundle.path("resourceType").asString("no resourceType") + "'", 200);
		}
		List<JsonNode> resources = new ArrayList<>();
		for (JsonNode entry : bundle.path("entry")) {
			JsonNode resource = entry.get("resource");
			String mode = entry.path("search").path("mode").asString("match");
			if (resource != null && resource.isObject() && "match".equals(mode)) {
				resources.add(resource);
			}
		}
		return new BundlePage(resources, Optional.ofNullable(nextLink(bundle, requested)));
	}

	private static @Nullable URI nextLink(JsonNode bundle, URI requested) {
		for (JsonNode link : bundle.path("link")) {
			if ("next".equals(link.path("relation").asString(""))) {
				String url = link.path("url").asString("");
				return url.isEmpty() ? null : requested.resolve(url);
			}
		}
		return null;
	}

}
