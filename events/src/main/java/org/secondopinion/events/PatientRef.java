package org.secondopinion.events;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A patient in one EHR: the EHR's id and the patient's FHIR logical id ({@code [A-Za-z0-9\-\.]{1,64}}). On the wire
 * the two stay plain strings (e.g. {@code patient.ehrId} and {@code patient.id} of a flag event); its Kafka key form
 * is {@link #key()}, {@code {ehrId}/Patient/{id}}.
 */
public record PatientRef(EhrId ehr, String patientId) {

	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	public PatientRef {
		if (ehr == null) {
			throw new IllegalArgumentException("A patient reference needs its EHR");
		}
		if (patientId == null || !FHIR_ID.matcher(patientId).matches()) {
			throw new IllegalArgumentException("Not a FHIR patient id ([A-Za-z0-9-.]{1,64}): '" + patientId + "'");
		}
	}

	public static PatientRef of(String ehrId, String patientId) {
		return new PatientRef(new EhrId(ehrId), patientId);
	}

	/**
	 * The patient a request names, e.g. in a path; empty when the texts cannot be an EHR id and a FHIR patient id,
	 * so that a caller answers for it as for any patient of whom nothing has arrived.
	 */
	public static Optional<PatientRef> parse(String ehrId, String patientId) {
		try {
			return Optional.of(of(ehrId, patientId));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The patient of a Kafka key. */
	public static PatientRef of(PatientKey key) {
		return of(key.ehrId(), key.patientId());
	}

	/** The Kafka key form, {@code {ehrId}/Patient/{id}}, that keeps each patient's events in order. */
	public PatientKey key() {
		return new PatientKey(ehr.value(), patientId);
	}

	/** The EHR's id as the plain string the wire and the database keep. */
	public String ehrId() {
		return ehr.value();
	}

	/** The FHIR reference of the patient inside its EHR, {@code Patient/{id}}. */
	public String reference() {
		return "Patient/" + patientId;
	}

	@Override
	public String toString() {
		return key().toString();
	}

}
