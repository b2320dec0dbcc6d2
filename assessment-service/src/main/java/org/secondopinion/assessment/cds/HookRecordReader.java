package org.secondopinion.assessment.cds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * The patient's record as the criteria need it: each prefetch template's result from the request, and for every
 * template the EHR left out (or sent as {@code null}), the same query run against the EHR's FHIR server with the
 * request's access token. Missing queries run in parallel.
 */
@Component
class HookRecordReader {

	private final FhirContext fhir;

	private final FhirSearches searches;

	HookRecordReader(FhirContext fhir, FhirSearches searches) {
		this.fhir = fhir;
		this.searches = searches;
	}

	List<Resource> read(CdsSettings.Ehr ehr, HookRequest request) {
		List<Resource> resources = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, String> template : CdsService.RECORD_PREFETCH.entrySet()) {
			JsonNode value = request.prefetch().path(template.getKey());
			if (value.isObject()) {
				List<Resource> found = resourcesIn(template.getKey(), value);
				if (found != null) {
					resources.addAll(found);
					continue;
				}
			}
			missing.add(template.getValue().replace(CdsService.PATIENT_ID_TOKEN, request.patient().patientId()));
		}
		if (!missing.isEmpty()) {
			resources.addAll(fetch(ehr, request.accessToken(), missing));
		}
		return resources;
	}

	/** The resources of a FHIR Bundle sent in the request, e.g. {@code context.draftOrders}. */
	List<Resource> bundle(String name, JsonNode value) {
		List<Resource> found = value.isObject() ? resourcesIn(name, value) : null;
		if (found == null) {
			throw HookRequest.bad(name + " must be a FHIR Bundle.");
		}
		return found;
	}

	/** The resources in a prefetch value; {@code null} when it reports a failure and the query must be run. */
	private @org.jspecify.annotations.Nullable List<Resource> resourcesIn(String key, JsonNode value) {
		IBaseResource parsed;
		try {
			parsed = fhir.newJsonParser().parseResource(value.toString());
		}
		catch (DataFormatException ex) {
			throw HookRequest.bad("prefetch " + key + " is not a FHIR R4 resource: " + ex.getMessage());
		}
		if (parsed instanceof OperationOutcome) {
			return null;
		}
		if (parsed instanceof Bundle bundle) {
			return FhirSearches.entriesOf(bundle);
		}
		return List.of((Resource) parsed);
	}

	private List<Resource> fetch(CdsSettings.Ehr ehr, @org.jspecify.annotations.Nullable String accessToken,
			List<String> queries) {
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<List<Resource>>> results = queries.stream()
				.map(query -> executor.submit(() -> searches.run(ehr.fhirServer(), query, accessToken)))
				.toList();
			List<Resource> resources = new ArrayList<>();
			for (Future<List<Resource>> result : results) {
				resources.addAll(result.get());
			}
			return resources;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable("the request was interrupted");
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof ResponseStatusException status ? status
					: unavailable(String.valueOf(ex.getCause().getMessage()));
		}
	}

	static ResponseStatusException unavailable(String why) {
		return new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
				"The prefetch does not cover the patient's record and the FHIR server could not be read: " + why);
	}

}
