package org.secondopinion.gateway.ingest;

/** Headers of the records the gateway puts on {@code ehr.resources.v1-dlt}, besides Spring Kafka's own. */
public final class DeadLetters {

	/** The EHR a dead-lettered resource came from. */
	public static final String EHR_HEADER = "second-opinion-ehr-id";

	/** The {@link DeadLetterReason#code()} of the refusal. */
	public static final String REASON_HEADER = "second-opinion-dlt-reason";

	private DeadLetters() {
	}

}
