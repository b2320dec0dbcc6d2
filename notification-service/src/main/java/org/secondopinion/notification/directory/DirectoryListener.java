package org.secondopinion.notification.directory;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.Topics;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the latest version of each directory resource from {@code ehr.directory.v1} (key
 * {@code {ehrId}/{type}/{id}}); an older version arriving late never wins, a deletion removes it, and records that
 * break the contract land on the dead-letter topic.
 */
@Component
class DirectoryListener {

	static final Set<String> TYPES = Set.of("Practitioner", "PractitionerRole", "Organization", "Location");

	private final EventCodec codec;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DirectoryListener(EventCodec codec, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.codec = codec;
		this.jdbc = jdbc;
		this.events = events;
	}

	@KafkaListener(topics = Topics.EHR_DIRECTORY)
	void on(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null || record.key() == null) {
			throw new InvalidEventException("Directory record without key or value at " + record.topic() + "-"
					+ record.partition() + "@" + record.offset());
		}
		String[] key = record.key().split("/", 3);
		Optional<EhrId> ehr = EhrId.parse(key[0]);
		if (key.length != 3 || ehr.isEmpty() || !TYPES.contains(key[1])) {
			throw new InvalidEventException("Directory record keyed '" + record.key()
					+ "': expected {ehrId}/{type}/{id} with type one of " + TYPES);
		}
		CloudEvent event = codec.read(record.value());
		JsonNode resource = event.data();
		if (!key[1].equals(resource.path("resourceType").asString()) || !key[2].equals(resource.path("id").asString())) {
			throw new InvalidEventException("Directory event " + event.id() + " is keyed '" + record.key()
					+ "' but is about " + resource.path("resourceType").asString() + "/" + resource.path("id").asString());
		}
		if (event.eventType() == EventType.RESOURCE_DELETED) {
			jdbc.sql("delete from directory_resource where ehr_id = ? and resource_type = ? and resource_id = ?")
				.params(key[0], key[1], key[2])
				.update();
		}
		else if (event.eventType() == EventType.RESOURCE_UPSERTED) {
			jdbc.sql("""
					insert into directory_resource (ehr_id, resource_type, resource_id, last_updated, body)
					values (?, ?, ?, ?, cast(? as jsonb))
					on conflict (ehr_id, resource_type, resource_id) do update set
					  last_updated = excluded.last_updated, body = excluded.body, received_at = now()
					where directory_resource.last_updated is null or excluded.last_updated is null
					   or excluded.last_updated >= directory_resource.last_updated""")
				.params(key[0], key[1], key[2], lastUpdated(resource), resource.toString())
				.update();
		}
		else {
			throw new InvalidEventException("Event " + event.id() + " of type " + event.eventType().shortName()
					+ " does not belong on " + Topics.EHR_DIRECTORY);
		}
		events.publishEvent(new DirectoryChanged(ehr.get(), key[1]));
	}

	private static @Nullable Timestamp lastUpdated(JsonNode resource) {
		String value = resource.path("meta").path("lastUpdated").asString("");
		try {
			return value.isEmpty() ? null : Timestamp.from(OffsetDateTime.parse(value).toInstant());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
