package org.secondopinion.sandbox.server;

import java.util.Set;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import org.hl7.fhir.r4.model.Task;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;

/**
 * Tasks, which clients write back (see the conditional create of {@link ResourceProvider}) and find again by their
 * identifier, besides the searches of every resource about a patient.
 */
class TaskProvider extends SubjectSearchProvider {

	TaskProvider(FhirStore store) {
		super(Task.class, store);
	}

	/** Finds Tasks by identifier ({@code system|value}), and optionally by id, patient and last update. */
	@Search
	public IBundleProvider searchByIdentifier(@RequiredParam(name = "identifier") TokenParam identifier,
			@OptionalParam(name = Constants.PARAM_ID) @Nullable TokenOrListParam id,
			@OptionalParam(name = "patient") @Nullable ReferenceParam patient,
			@OptionalParam(name = Constants.PARAM_LASTUPDATED) @Nullable DateRangeParam lastUpdated,
			@IncludeParam(allow = { "Task:patient", "Task:subject" }) @Nullable Set<Include> includes,
			@Count @Nullable Integer count, @Sort @Nullable SortSpec sort) {
		return PatientCriterion.query(patient)
			.map(query -> search(query.withIdentifier(ConditionalCreate.token(identifier)), id, lastUpdated, sort,
					includes))
			.orElseGet(ResourceProvider::nothing);
	}

}
