package org.secondopinion.assessment.cds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs a prefetch query against an EHR's FHIR server: a read ({@code Patient/7}) or a search whose pages are followed
 * up to the configured limit. Only the configured server is ever called, and next links must stay on it.
 */
@Component
class FhirSearches {

	private final FhirContext fhir;

	private final CdsSettings settings;

	private final HttpClient http;

	FhirSearches(FhirContext fhir, CdsSettings settings) {
		this.fhir = fhir;
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.fhirTimeout()).build();
	}

	List<Resource> run(String fhirServer, String query, @Nullable String accessToken) {
		List<Resource> resources = new ArrayList<>();
		String url = fhirServer + "/" + query;
		for (int page = 0; url != null && page < settings.maxFhirPages(); page++) {
			IBaseResource answer = get(url, accessToken);
			if (answer == null) {
				return resources;
			}
			if (!(answer instanceof Bundle bundle)) {
				resources.add((Resource) answer);
				return resources;
			}
			resources.addAll(entriesOf(bundle));
			Bundle.BundleLinkComponent next = bundle.getLink(Bundle.LINK_NEXT);
			url = next == null ? null : next.getUrl();
			if (url != null && !url.startsWith(fhirServer + "/") && !url.startsWith(fhirServer + "?")) {
				throw HookRecordReader.unavailable("a next link leaves the FHIR server");
			}
		}
		return resources;
	}

	/** The resources of a Bundle, without search outcomes. */
	static List<Resource> entriesOf(Bundle bundle) {
		return bundle.getEntry()
			.stream()
			.filter(e -> e.hasResource()
					&& !(e.hasSearch() && e.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME))
			.map(Bundle.BundleEntryComponent::getResource)
			.toList();
	}

	private @Nullable IBaseResource get(String url, @Nullable String accessToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(settings.fhirTimeout())
			.header("Accept", "application/fhir+json");
		if (accessToken != null) {
			request.header("Authorization", "Bearer " + accessToken);
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw HookRecordReader.unavailable("the FHIR server did not answer");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw HookRecordReader.unavailable("the request was interrupted");
		}
		if (response.statusCode() == 404 || response.statusCode() == 410) {
			return null;
		}
		if (response.statusCode() != 200) {
			throw HookRecordReader.unavailable("it answered HTTP " + response.statusCode());
		}
		try {
			return fhir.newJsonParser().parseResource(response.body());
		}
		catch (DataFormatException ex) {
			throw HookRecordReader.unavailable("it answered something that is not FHIR R4 JSON");
		}
	}

}
