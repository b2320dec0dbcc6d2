package org.secondopinion.sandbox.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy;
import org.secondopinion.sandbox.store.FhirStore;

/**
 * Corrects and completes what HAPI generates into the CapabilityStatement: each type lists only its own
 * {@code _include}s (the searches of several types share one method, and so one list of allowed includes), only the
 * types searched by identifier offer conditional create and update, every type is versioned with readable history, and a server
 * with Subscription says it follows the Subscriptions Backport IG.
 */
@Interceptor
class CapabilityStatementCustomizer {

	static final String BACKPORT_SERVER = "http://hl7.org/fhir/uv/subscriptions-backport/CapabilityStatement/"
			+ "backport-subscription-server-r4";

	static final String BACKPORT_SUBSCRIPTION = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/"
			+ "backport-subscription";

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	public void customize(IBaseConformance generated) {
		CapabilityStatement capabilities = (CapabilityStatement) generated;
		for (CapabilityStatementRestResourceComponent resource : capabilities.getRestFirstRep().getResource()) {
			resource.getSearchInclude()
				.removeIf(include -> !include.getValue().startsWith(resource.getType() + ":"));
			resource.setConditionalCreate(FhirStore.IDENTIFIED_TYPES.contains(resource.getType()));
			resource.setConditionalUpdate(FhirStore.IDENTIFIED_TYPES.contains(resource.getType()));
			resource.setVersioning(ResourceVersionPolicy.VERSIONED);
			resource.setReadHistory(true);
			if ("Subscription".equals(resource.getType())) {
				resource.addSupportedProfile(BACKPORT_SUBSCRIPTION);
				if (!capabilities.hasInstantiates(BACKPORT_SERVER)) {
					capabilities.addInstantiates(BACKPORT_SERVER);
				}
			}
		}
	}

}
