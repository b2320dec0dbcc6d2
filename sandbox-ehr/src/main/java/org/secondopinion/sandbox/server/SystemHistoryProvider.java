package org.secondopinion.sandbox.server;

import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.Since;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.r4.model.InstantType;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;

/** {@code GET [base]/_history}: every version and deletion of every type, newest first. */
class SystemHistoryProvider {

	private final FhirStore store;

	SystemHistoryProvider(FhirStore store) {
		this.store = store;
	}

	@History
	public IBundleProvider history(@Since @Nullable InstantType since, RequestDetails request) {
		return HistoryPaging.page(request, until -> store.history(null, ResourceProvider.instant(since), until));
	}

}
