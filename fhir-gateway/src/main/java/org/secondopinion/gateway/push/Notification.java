package org.secondopinion.gateway.push;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a Subscriptions Backport (R4) notification Bundle says: its type ({@code event-notification},
 * {@code handshake}, {@code heartbeat}…) and the resources it is about, each with its resource when the
 * notification carries it (full-resource) and whether it was deleted.
 */
record Notification(String type, List<Focus> foci) {

	private static final Pattern REFERENCE = Pattern
		.compile("(?:^|/)([A-Z][A-Za-z]{1,63})/([A-Za-z0-9\\-.]{1,64})(?:/_history/[^/]*)?$");

	/**
	 * @param resource the resource as notified (full-resource payloads); null for id-only
	 */
	record Focus(String type, String id, boolean deleted, @Nullable JsonNode resource) {
	}

	/** Reads a notification Bundle. */
	static Notification of(JsonNode bundle) {
		if (!"Bundle".equals(bundle.path("resourceType").asString(""))) {
			throw new IllegalArgumentException("A notification is a Bundle, not '"
					+ bundle.path("resourceType").asString("no resourceType") + "'");
		}
		JsonNode entries = bundle.path("entry");
		JsonNode status = entries.path(0).path("resource");
		if (!"Parameters".equals(status.path("resourceType").asString(""))) {
			throw new IllegalArgumentException("The first entry of a notification is its status Parameters");
		}
		String type = "event-notification";
		Map<String, Focus> foci = new LinkedHashMap<>();
		for (JsonNode parameter : status.path("parameter")) {
			String name = parameter.path("name").asString("");
			if ("type".equals(name)) {
				type = parameter.path("valueCode").asString(type);
			}
			if ("notification-event".equals(name)) {
				for (JsonNode part : parameter.path("part")) {
					if ("focus".equals(part.path("name").asString(""))) {
						reference(part.path("valueReference").path("reference").asString(""))
							.ifPresent(ref -> foci.putIfAbsent(ref.key(), new Focus(ref.type(), ref.id(), false, null)));
					}
				}
			}
		}
		for (int i = 1; i < entries.size(); i++) {
			JsonNode entry = entries.get(i);
			JsonNode resource = entry.get("resource");
			boolean deleted = "DELETE".equals(entry.path("request").path("method").asString(""));
			Optional<Ref> ref = resource != null && resource.isObject()
					? reference(resource.path("resourceType").asString("") + "/" + resource.path("id").asString(""))
					: reference(entry.path("fullUrl").asString(""))
						.or(() -> reference(entry.path("request").path("url").asString("")));
			ref.ifPresent(r -> foci.put(r.key(),
					new Focus(r.type(), r.id(), deleted, resource != null && resource.isObject() ? resource : null)));
		}
		return new Notification(type, new ArrayList<>(foci.values()));
	}

	private static Optional<Ref> reference(String reference) {
		Matcher matcher = REFERENCE.matcher(reference);
		return matcher.find() ? Optional.of(new Ref(matcher.group(1), matcher.group(2))) : Optional.empty();
	}

	private record Ref(String type, String id) {

		String key() {
			return type + "/" + id;
		}

	}

}
