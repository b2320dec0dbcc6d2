package org.secondopinion.sandbox.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;

/**
 * Corrects what HAPI generates into the CapabilityStatement: each type lists only its own {@code _include}s (the
 * searches of several types share one method, and so one list of allowed includes).
 */
@Interceptor
class CapabilityStatementCustomizer {

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	public void customize(IBaseConformance generated) {
		CapabilityStatement capabilities = (CapabilityStatement) generated;
		for (CapabilityStatementRestResourceComponent resource : capabilities.getRestFirstRep().getResource()) {
			resource.getSearchInclude()
				.removeIf(include -> !include.getValue().startsWith(resource.getType() + ":"));
		}
	}

}
