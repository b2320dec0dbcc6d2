package org.secondopinion.events;

import java.util.Arrays;
import java.util.Optional;

/** The event types of the contract; the CloudEvents {@code type} is {@code org.secondopinion.<name>}. */
public enum EventType {

	RESOURCE_UPSERTED("resource.upserted"),
	RESOURCE_DELETED("resource.deleted"),
	FLAG_RAISED("flag.raised"),
	FLAG_UPDATED("flag.updated"),
	FLAG_RESOLVED("flag.resolved"),
	TASK_REQUESTED("task.requested");

	private static final String PREFIX = "org.secondopinion.";

	private final String shortName;

	EventType(String shortName) {
		this.shortName = shortName;
	}

	/** The short name used in the documentation, e.g. {@code flag.raised}. */
	public String shortName() {
		return shortName;
	}

	/** The CloudEvents {@code type} attribute, e.g. {@code org.secondopinion.flag.raised}. */
	public String cloudEventType() {
		return PREFIX + shortName;
	}

	/** The file name of the JSON Schema of this type's {@code data}. */
	String dataSchema() {
		return shortName + ".schema.json";
	}

	public static Optional<EventType> fromCloudEventType(String type) {
		return Arrays.stream(values()).filter(t -> t.cloudEventType().equals(type)).findFirst();
	}

}
