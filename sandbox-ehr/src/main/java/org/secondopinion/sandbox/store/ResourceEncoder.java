package org.secondopinion.sandbox.store;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * Prepares a resource for a write, outside the store's lock: its record (see {@link ResourceCodec}), the patient it
 * is about and, for the {@link FhirStore#IDENTIFIED_TYPES}, the identifier keys it is found by. Thread-safe.
 */
final class ResourceEncoder {

	private final FhirContext context;

	private final ResourceCodec codec;

	ResourceEncoder(FhirContext context, ResourceCodec codec) {
		this.context = context;
		this.codec = codec;
	}

	Encoded encode(Resource resource) {
		boolean isPatient = resource instanceof Patient;
		String patientId = isPatient ? null : PatientLinks.patientId(resource).orElse(null);
		return new Encoded(codec.encode(resource), isPatient, patientId, identifiers(resource));
	}

	/** Keys {@code type|system|value} and {@code type|value} (any system) of each identifier with a value. */
	private List<String> identifiers(Resource resource) {
		String type = resource.fhirType();
		if (!FhirStore.IDENTIFIED_TYPES.contains(type)) {
			return List.of();
		}
		return context.newTerser()
			.getValues(resource, type + ".identifier", Identifier.class)
			.stream()
			.filter(Identifier::hasValue)
			.flatMap(identifier -> Stream.of(
					type + "|" + Objects.toString(identifier.getSystem(), "") + "|" + identifier.getValue(),
					type + "|" + identifier.getValue()))
			.distinct()
			.toList();
	}

	/**
	 * A resource ready to write.
	 *
	 * @param bytes its record
	 * @param isPatient whether it is a Patient (about itself, whatever id it gets)
	 * @param patientId the patient it is about, unless it is one
	 * @param identifiers its identifier keys
	 */
	record Encoded(byte[] bytes, boolean isPatient, @Nullable String patientId, List<String> identifiers) {

		@Nullable String patientId(String id) {
			return isPatient ? id : patientId;
		}

	}

}
