package org.secondopinion.sandbox.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.IdType;

/**
 * Writes the {@code request.url} of history entries as FHIR servers do, {@code Condition/123}: HAPI writes the
 * versioned id, {@code Condition/123/_history/2}.
 */
@Interceptor
class HistoryBundles {

	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	public boolean versionlessRequestUrls(ResponseDetails response) {
		if (response.getResponseResource() instanceof Bundle bundle && bundle.getType() == BundleType.HISTORY) {
			for (BundleEntryComponent entry : bundle.getEntry()) {
				if (entry.getRequest().hasUrl()) {
					entry.getRequest().setUrl(new IdType(entry.getRequest().getUrl()).toVersionless().getValue());
				}
			}
		}
		return true;
	}

}
