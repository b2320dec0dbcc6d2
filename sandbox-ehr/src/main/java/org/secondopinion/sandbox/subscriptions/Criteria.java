package org.secondopinion.sandbox.subscriptions;

import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.UrlUtil;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.ResourceWritten;

/**
 * The criteria of a subscription: a resource type ({@code Condition}), optionally narrowed to one patient
 * ({@code Condition?patient=p-1}, {@code Condition?subject=Patient/p-1}) or one resource ({@code Condition?_id=c-1}).
 *
 * @param resourceType the type of the resources that notify
 * @param patientId only resources about this patient, if given
 * @param id only the resource with this id, if given
 */
record Criteria(String resourceType, @Nullable String patientId, @Nullable String id) {

	/** Parses criteria, or fails with a message for the client. */
	static Criteria parse(String criteria, FhirContext context) {
		int query = criteria.indexOf('?');
		String type = query < 0 ? criteria : criteria.substring(0, query);
		if (!context.getResourceTypes().contains(type)) {
			throw new IllegalArgumentException("Subscription.criteria must start with a resource type: " + criteria);
		}
		if (query < 0 || query == criteria.length() - 1) {
			return new Criteria(type, null, null);
		}
		String patientId = null;
		String id = null;
		for (Map.Entry<String, String[]> parameter : UrlUtil.parseQueryString(criteria.substring(query + 1))
			.entrySet()) {
			String[] values = parameter.getValue();
			if (values.length != 1 || values[0].isBlank() || values[0].contains(",")) {
				throw new IllegalArgumentException("Subscription.criteria takes one value per parameter: " + criteria);
			}
			switch (parameter.getKey()) {
				case "patient", "subject" -> patientId = patientId(values[0], criteria);
				case "_id" -> id = values[0];
				default -> throw new IllegalArgumentException("Subscription.criteria supports patient, subject and "
						+ "_id only, not " + parameter.getKey() + ": " + criteria);
			}
		}
		return new Criteria(type, patientId, id);
	}

	boolean matches(ResourceWritten written) {
		return resourceType.equals(written.resourceType())
				&& (patientId == null || patientId.equals(written.patientId()))
				&& (id == null || id.equals(written.id()));
	}

	private static String patientId(String reference, String criteria) {
		IdType id = new IdType(reference);
		if (id.hasResourceType() && !"Patient".equals(id.getResourceType())) {
			throw new IllegalArgumentException("Subscription.criteria may only name a Patient: " + criteria);
		}
		return id.getIdPart();
	}

}
