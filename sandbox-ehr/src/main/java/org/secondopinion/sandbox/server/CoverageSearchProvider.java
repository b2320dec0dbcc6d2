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
import org.hl7.fhir.r4.model.Coverage;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;

/** Coverage, about a patient who is its {@code beneficiary}. */
class CoverageSearchProvider extends ResourceProvider {

	CoverageSearchProvider(FhirStore store) {
		super(Coverage.class, store);
	}

	/**
	 * Searches by id, patient (the beneficiary) and last update, including the patient on request; {@code _count} is
	 * applied by HAPI's paging.
	 */
	@Search
	public IBundleProvider search(@OptionalParam(name = Constants.PARAM_ID) @Nullable TokenOrListParam id,
			@OptionalParam(name = "patient") @Nullable ReferenceParam patient,
			@OptionalParam(name = "beneficiary") @Nullable ReferenceParam beneficiary,
			@OptionalParam(name = Constants.PARAM_LASTUPDATED) @Nullable DateRangeParam lastUpdated,
			@IncludeParam(allow = { "Coverage:patient", "Coverage:beneficiary" }) @Nullable Set<Include> includes,
			@Count @Nullable Integer count, @Sort @Nullable SortSpec sort) {
		return PatientCriterion.query(patient, beneficiary)
			.map(query -> search(query, id, lastUpdated, sort, includes))
			.orElseGet(ResourceProvider::nothing);
	}

}
