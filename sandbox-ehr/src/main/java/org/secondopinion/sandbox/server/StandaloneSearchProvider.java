package org.secondopinion.sandbox.server;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;

/**
 * A resource type that is not about a patient, or is the patient (Patient, Practitioner, Organization, Group): found
 * by id and identifier.
 */
class StandaloneSearchProvider extends ResourceProvider {

	StandaloneSearchProvider(Class<? extends Resource> type, FhirStore store) {
		super(type, store);
	}

	/** Searches by id, identifier and last update; {@code _count} is applied by HAPI's paging. */
	@Search
	public IBundleProvider search(@OptionalParam(name = Constants.PARAM_ID) @Nullable TokenOrListParam id,
			@OptionalParam(name = "identifier") @Nullable TokenParam identifier,
			@OptionalParam(name = Constants.PARAM_LASTUPDATED) @Nullable DateRangeParam lastUpdated,
			@Count @Nullable Integer count, @Sort @Nullable SortSpec sort) {
		return search(ResourceQuery.all().withIdentifier(ConditionalCreate.token(identifier)), id, lastUpdated, sort,
				null);
	}

}
