package org.secondopinion.events;

import java.time.OffsetDateTime;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode. {@code id} is stable across redeliveries, so consumers are
 * idempotent on it.
 */
public record CloudEvent(String specversion, String id, String source, String type, String subject,
		OffsetDateTime time, String datacontenttype, JsonNode data) {

	public static final String SPEC_VERSION = "1.0";

	public CloudEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(data, "data");
	}

	public static CloudEvent of(String id, String source, EventType type, String subject, OffsetDateTime time,
			JsonNode data) {
		return new CloudEvent(SPEC_VERSION, id, source, type.cloudEventType(), subject, time, "application/json",
				data);
	}

	/** The contract type of this event; present for every event the codec accepted. */
	public EventType eventType() {
		return EventType.fromCloudEventType(type)
			.orElseThrow(() -> new InvalidEventException("Unknown event type '" + type + "'"));
	}

}
