package org.secondopinion.assessment.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.PatientRef;
import org.secondopinion.events.ResourceEvents;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * Concerns raised through the API (a patient portal, or a clinician on the patient's behalf): each is kept in the
 * patient's picture as a FHIR Communication sent by the patient, tagged as coming from this API, and the patient is
 * reassessed in the same transaction, exactly as for a resource from the EHR.
 */
@Service
class PatientConcerns {

	static final String ORIGIN = "https://secondopinion.org/fhir/CodeSystem/origin";

	static final String CATEGORY = "https://secondopinion.org/fhir/CodeSystem/concern-category";

	private final EventCodec codec;

	private final Reassessment reassessment;

	private final Clock clock;

	PatientConcerns(EventCodec codec, Reassessment reassessment, Clock clock) {
		this.codec = codec;
		this.reassessment = reassessment;
		this.clock = clock;
	}

	/** Records the concern and reassesses the patient; returns the exact version of the stored Communication. */
	String raise(PatientRef patient, String text) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		String id = "concern-" + UUID.randomUUID();
		ObjectNode communication = codec.mapper().createObjectNode();
		communication.put("resourceType", "Communication");
		communication.put("id", id);
		ObjectNode meta = communication.putObject("meta");
		meta.put("versionId", "1");
		meta.put("lastUpdated", now.toString());
		meta.putArray("tag")
			.addObject()
			.put("system", ORIGIN)
			.put("code", "api")
			.put("display", "Raised through the Second Opinion API");
		communication.put("status", "completed");
		communication.putArray("category")
			.addObject()
			.putArray("coding")
			.addObject()
			.put("system", CATEGORY)
			.put("code", "second-opinion-request")
			.put("display", "Patient asks for a second opinion");
		communication.putObject("subject").put("reference", patient.reference());
		communication.put("sent", now.toString());
		communication.putObject("sender").put("reference", patient.reference());
		communication.putArray("payload").addObject().put("contentString", text.strip());
		CloudEvent event = ResourceEvents.upserted(patient.ehrId(), communication, now);
		reassessment.apply(patient, event);
		return "Communication/" + id + "/_history/1";
	}

}
