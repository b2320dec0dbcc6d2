package org.secondopinion.gateway.ingest;

/** Why the gateway refused a resource; the value of the reason header and of the counter's {@code reason} tag. */
public enum DeadLetterReason {

	/** Not JSON at all (an NDJSON line or a pushed payload). */
	UNPARSEABLE_JSON("unparseable-json"),

	/** JSON that HAPI FHIR cannot read as an R4 resource of its type, or without a type or id. */
	MALFORMED_FHIR("malformed-fhir"),

	/** A clinical resource that names no patient (subject, patient, beneficiary or for). */
	NO_PATIENT("no-patient"),

	/** Larger than the configured limit. */
	OVERSIZED("oversized");

	private final String code;

	DeadLetterReason(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
