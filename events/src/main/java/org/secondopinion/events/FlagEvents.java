package org.secondopinion.events;

import java.time.OffsetDateTime;

/** Builds {@code flag.*} events, keyed by the flagged patient. */
public final class FlagEvents {

	public static final String SOURCE = "/assessment-service";

	private FlagEvents() {
	}

	/**
	 * @param eventId unique and stable for this change of the flag (e.g. the outbox entry id), so that a
	 * redelivery carries the same id
	 */
	public static CloudEvent of(EventCodec codec, String eventId, EventType type, FlagPayload flag,
			OffsetDateTime time) {
		if (!type.shortName().startsWith("flag.")) {
			throw new IllegalArgumentException(type.shortName() + " is not a flag event");
		}
		return CloudEvent.of(eventId, SOURCE, type, "Patient/" + flag.patient().id(), time, codec.toData(flag));
	}

	public static PatientKey keyOf(FlagPayload flag) {
		return new PatientKey(flag.patient().ehrId(), flag.patient().id());
	}

}
