package org.secondopinion.events;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes events as CloudEvents 1.0 structured JSON, validating the envelope and each type's
 * {@code data} against the JSON Schemas shipped in {@code schemas/}. Thread-safe; create one and share it.
 */
public final class EventCodec {

	private static final int MAX_REPORTED_ERRORS = 5;

	private static final String SCHEMA_ID_PREFIX = "https://secondopinion.org/schemas/";

	private final JsonMapper mapper;

	private final Schema envelopeSchema;

	private final Map<EventType, Schema> dataSchemas = new EnumMap<>(EventType.class);

	public EventCodec() {
		this.mapper = JsonMapper.builder()
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(SCHEMA_ID_PREFIX, "classpath:schemas/")));
		this.envelopeSchema = load(registry, "cloudevent.schema.json");
		for (EventType type : EventType.values()) {
			this.dataSchemas.put(type, load(registry, type.dataSchema()));
		}
	}

	/** The JSON mapper events are written with; use it to build {@code data} trees. */
	public JsonMapper mapper() {
		return mapper;
	}

	/** Validates {@code event} against the contract and writes it as UTF-8 JSON. */
	public byte[] write(CloudEvent event) {
		JsonNode tree = mapper.valueToTree(event);
		validate(tree);
		return mapper.writeValueAsBytes(tree);
	}

	/**
	 * Reads one event.
	 * @throws UnsupportedEventVersionException when {@code specversion} is not 1.0
	 * @throws InvalidEventException when the bytes are not a valid event of a known type
	 */
	public CloudEvent read(byte[] json) {
		JsonNode tree;
		try {
			tree = mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("Event is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		if (tree == null || !tree.isObject()) {
			throw new InvalidEventException("Event is not a JSON object");
		}
		validate(tree);
		try {
			return mapper.treeToValue(tree, CloudEvent.class);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new InvalidEventException("Event envelope cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** Converts an event's {@code data} to a payload record. */
	public <T> T data(CloudEvent event, Class<T> payloadType) {
		try {
			return mapper.treeToValue(event.data(), payloadType);
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("Event " + event.id() + " has data that is not a "
					+ payloadType.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/** Converts a payload record to the tree carried as {@code data}. */
	public JsonNode toData(Object payload) {
		return mapper.valueToTree(payload);
	}

	private void validate(JsonNode tree) {
		JsonNode version = tree.get("specversion");
		if (version == null || !version.isString()) {
			throw new InvalidEventException("Event has no CloudEvents 'specversion'");
		}
		if (!CloudEvent.SPEC_VERSION.equals(version.asString())) {
			throw new UnsupportedEventVersionException(version.asString());
		}
		requireValid(envelopeSchema.validate(tree), "Event envelope");
		String type = tree.get("type").asString();
		EventType eventType = EventType.fromCloudEventType(type)
			.orElseThrow(() -> new InvalidEventException("Unknown event type '" + type + "' (known: "
					+ List.of(EventType.values()).stream().map(EventType::cloudEventType).collect(Collectors.joining(", "))
					+ ")"));
		requireValid(dataSchemas.get(eventType).validate(tree.get("data")),
				"Data of " + eventType.shortName() + " event " + tree.get("id").asString());
	}

	private static void requireValid(List<Error> errors, String what) {
		if (!errors.isEmpty()) {
			String details = errors.stream()
				.limit(MAX_REPORTED_ERRORS)
				.map(e -> e.getInstanceLocation() + ": " + e.getMessage())
				.collect(Collectors.joining("; "));
			throw new InvalidEventException(what + " violates its JSON Schema: " + details);
		}
	}

	private static Schema load(SchemaRegistry registry, String name) {
		return registry.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + name));
	}

}
