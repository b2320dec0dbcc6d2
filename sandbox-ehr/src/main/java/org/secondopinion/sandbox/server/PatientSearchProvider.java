package org.secondopinion.sandbox.server;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;

/** A resource type about a patient without a {@code subject} search parameter (Coverage). */
class PatientSearchProvider extends ResourceProvider {

	PatientSearchProvider(Class<? extends Resource> type, FhirStore store) {
		super(type, store);
	}

	/** Searches by patient and last update; {@code _count} is applied by HAPI's paging. */
	@Search
	public IBundleProvider search(@OptionalParam(name = "patient") @Nullable ReferenceParam patient,
			@OptionalParam(name = Constants.PARAM_LASTUPDATED) @Nullable DateRangeParam lastUpdated,
			@Count @Nullable Integer count, @Sort @Nullable SortSpec sort) {
		return PatientCriterion.query(patient)
			.map(query -> search(query, lastUpdated, sort))
			.orElseGet(ResourceProvider::nothing);
	}

}
