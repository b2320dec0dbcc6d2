package org.secondopinion.events;

/** Kafka topic names of the contract. Keys are {@link PatientKey}s unless noted. */
public final class Topics {

	/** FHIR resources pulled from an EHR: gateway to assessment. */
	public static final String EHR_RESOURCES = "ehr.resources.v1";

	/** Second-opinion flags: assessment to notification. */
	public static final String ASSESSMENT_FLAGS = "assessment.flags.v1";

	/** Practitioner, PractitionerRole, Organization and Location resources, keyed {@code {ehrId}/{type}/{id}}. */
	public static final String EHR_DIRECTORY = "ehr.directory.v1";

	/** Requests to write a FHIR Task back into the EHR: notification to gateway. */
	public static final String EHR_WRITEBACK = "ehr.writeback.v1";

	private static final String DEAD_LETTER_SUFFIX = "-dlt";

	private Topics() {
	}

	/** The dead-letter topic of {@code topic}, following Spring Kafka's naming convention. */
	public static String deadLetter(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
