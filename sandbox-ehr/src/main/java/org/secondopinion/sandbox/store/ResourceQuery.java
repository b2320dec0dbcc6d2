package org.secondopinion.sandbox.store;

import java.time.Instant;

import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * What a search asks the store for; every criterion is optional.
 *
 * @param id the logical id of the resource
 * @param patientId the id of the patient the resource is about (see {@link PatientLinks})
 * @param updatedFrom the earliest {@code meta.lastUpdated}, inclusive
 * @param updatedBefore the end of the {@code meta.lastUpdated} range, exclusive
 */
public record ResourceQuery(@Nullable String id, @Nullable String patientId, @Nullable Instant updatedFrom,
		@Nullable Instant updatedBefore) {

	/** Matches every resource. */
	public static ResourceQuery all() {
		return new ResourceQuery(null, null, null, null);
	}

	/** Matches the resources about one patient. */
	public static ResourceQuery forPatient(String patientId) {
		return new ResourceQuery(null, patientId, null, null);
	}

	boolean matches(Resource resource) {
		if (id != null && !id.equals(resource.getIdElement().getIdPart())) {
			return false;
		}
		if (patientId != null && !PatientLinks.patientId(resource).map(patientId::equals).orElse(false)) {
			return false;
		}
		Instant lastUpdated = resource.getMeta().getLastUpdated().toInstant();
		return (updatedFrom == null || !lastUpdated.isBefore(updatedFrom))
				&& (updatedBefore == null || lastUpdated.isBefore(updatedBefore));
	}

}
