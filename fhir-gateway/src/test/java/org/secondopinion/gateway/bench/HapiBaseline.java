package org.secondopinion.gateway.bench;

import java.util.List;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hl7.fhir.r4.model.Bundle;

/** The benchmarks' baseline: a plain HAPI FHIR client paging every resource of the given types. */
final class HapiBaseline {

	private HapiBaseline() {
	}

	/** Pages through {@code [base]/{type}?_count={pageSize}&_sort=_lastUpdated} of each type; returns the count. */
	static long readAll(IGenericClient client, List<String> types, int pageSize) {
		long count = 0;
		for (String type : types) {
			Bundle page = client.search().forResource(type).count(pageSize).sort().ascending("_lastUpdated")
				.returnBundle(Bundle.class).execute();
			count += page.getEntry().size();
			while (page.getLink(Bundle.LINK_NEXT) != null) {
				page = client.loadPage().next(page).execute();
				count += page.getEntry().size();
			}
		}
		return count;
	}

	static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
