package org.secondopinion.sandbox.server;

import java.util.Set;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;

/**
 * A resource type about a patient who is its {@code patient} element, without a {@code subject} (AllergyIntolerance,
 * Immunization, Claim, ExplanationOfBenefit, Device, SupplyDelivery).
 */
class PatientSearchProvider extends ResourceProvider {

	PatientSearchProvider(Class<? extends Resource> type, FhirStore store) {
		super(type, store);
	}

	/** Searches by id, patient and last update, including the patient on request. */
	@Search
	public IBundleProvider search(@OptionalParam(name = Constants.PARAM_ID) @Nullable TokenOrListParam id,
			@OptionalParam(name = "patient") @Nullable ReferenceParam patient,
			@OptionalParam(name = Constants.PARAM_LASTUPDATED) @Nullable DateRangeParam lastUpdated,
			@IncludeParam(allow = { "AllergyIntolerance:patient", "Immunization:patient", "Claim:patient",
					"ExplanationOfBenefit:patient", "Device:patient",
					"SupplyDelivery:patient" }) @Nullable Set<Include> includes,
			@Count @Nullable Integer count, @Sort @Nullable SortSpec sort) {
		return PatientCriterion.query(patient)
			.map(query -> search(query, id, lastUpdated, sort, includes))
			.orElseGet(ResourceProvider::nothing);
	}

}
