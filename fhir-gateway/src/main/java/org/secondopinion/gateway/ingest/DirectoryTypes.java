package org.secondopinion.gateway.ingest;

import java.time.OffsetDateTime;
import java.util.Set;

import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventType;
import org.secondopinion.events.ResourceEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provider directory: resources that belong to no patient, published to {@code ehr.directory.v1} keyed
 * {@code {ehrId}/{type}/{id}}, with {@code subject} {@code {type}/{id}}.
 */
public final class DirectoryTypes {

	/** The directory types of the contract. */
	public static final Set<String> TYPES = Set.of("Practitioner", "PractitionerRole", "Organization", "Location");

	private DirectoryTypes() {
	}

	public static boolean contains(String resourceType) {
		return TYPES.contains(resourceType);
	}

	static String key(EhrId ehrId, String type, String id) {
		return ehrId + "/" + type + "/" + id;
	}

	static CloudEvent upserted(EhrId ehrId, JsonNode resource, OffsetDateTime time) {
		String type = resource.path("resourceType").asString();
		String id = resource.path("id").asString();
		return CloudEvent.of(key(ehrId, type, id) + "/_history/" + ResourceEvents.versionOf(resource),
				"/fhir-gateway/" + ehrId, EventType.RESOURCE_UPSERTED, type + "/" + id, time, resource);
	}

	static CloudEvent deleted(EhrId ehrId, String type, String id, String versionId, OffsetDateTime time) {
		ObjectNode data = JsonNodeFactory.instance.objectNode();
		data.put("resourceType", type);
		data.put("id", id);
		data.put("versionId", versionId);
		return CloudEvent.of(key(ehrId, type, id) + "/_history/" + versionId + "/deleted", "/fhir-gateway/" + ehrId,
				EventType.RESOURCE_DELETED, type + "/" + id, time, data);
	}

}
