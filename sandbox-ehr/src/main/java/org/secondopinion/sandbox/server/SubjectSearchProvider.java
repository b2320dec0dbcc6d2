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
 * A resource type about a patient who is its {@code subject} (Condition, Observation, DiagnosticReport...), searched
 * by {@code patient} or {@code subject}.
 */
class SubjectSearchProvider extends ResourceProvider {

	SubjectSearchProvider(Class<? extends Resource> type, FhirStore store) {
		super(type, store);
	}

	/**
	 * Searches by id, patient and last update, including the patient on request. {@code _count} is applied by HAPI's
	 * paging; it is declared here so that the CapabilityStatement lists it.
	 */
	@Search
	public IBundleProvider search(@OptionalParam(name = Constants.PARAM_ID) @Nullable TokenOrListParam id,
			@OptionalParam(name = "patient") @Nullable ReferenceParam patient,
			@OptionalParam(name = "subject") @Nullable ReferenceParam subject,
			@OptionalParam(name = Constants.PARAM_LASTUPDATED) @Nullable DateRangeParam lastUpdated,
			@IncludeParam(allow = { "Condition:patient", "Condition:subject", "Procedure:patient",
					"Procedure:subject", "Observation:patient", "Observation:subject", "ServiceRequest:patient",
					"ServiceRequest:subject", "Encounter:patient", "Encounter:subject", "MedicationRequest:patient",
					"MedicationRequest:subject", "CarePlan:patient", "CarePlan:subject", "Task:patient",
					"Task:subject", "MedicationAdministration:patient", "MedicationAdministration:subject",
					"MedicationStatement:patient", "MedicationStatement:subject", "CareTeam:patient",
					"CareTeam:subject", "Goal:patient", "Goal:subject", "DiagnosticReport:patient",
					"DiagnosticReport:subject", "DocumentReference:patient", "DocumentReference:subject",
					"ImagingStudy:patient", "ImagingStudy:subject" }) @Nullable Set<Include> includes,
			@Count @Nullable Integer count, @Sort @Nullable SortSpec sort) {
		return PatientCriterion.query(patient, subject)
			.map(query -> search(query, id, lastUpdated, sort, includes))
			.orElseGet(ResourceProvider::nothing);
	}

}
