package org.secondopinion.sandbox.server;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.api.BundleInclusionRule;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.secondopinion.sandbox.SandboxSettings;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HAPI FHIR server at {@code /fhir/*}. Beans annotated with HAPI's {@link Interceptor} (such as the fault
 * injection) are registered with it, and so are beans that provide resources ({@link IResourceProvider}) or
 * operations ({@link FhirOperations}).
 */
@Configuration(proxyBeanMethods = false)
class FhirServerConfiguration {

	static final String PATH = "/fhir/*";

	/** How many searches the paging provider remembers for their {@code next} links. */
	private static final int PAGED_SEARCHES_KEPT = 1000;

	@Bean
	ServletRegistrationBean<RestfulServer> fhirServlet(FhirContext fhirContext, FhirStore store,
			SandboxSettings settings, ApplicationContext context) {
		RestfulServer server = new RestfulServer(fhirContext);
		server.setServerName("Second Opinion sandbox EHR");
		server.setImplementationDescription("Sandbox EHR " + settings.ehrId());
		server.setDefaultResponseEncoding(EncodingEnum.JSON);
		server.setBundleInclusionRule(BundleInclusionRule.BASED_ON_RESOURCE_PRESENCE);
		server.setPagingProvider(pagingProvider(settings));
		server.setDefaultPageSize(settings.defaultPageSize());
		server.setMaximumPageSize(settings.maxPageSize());
		server.registerProviders(resourceProviders(store));
		server.registerProviders(context.getBeansOfType(IResourceProvider.class).values());
		server.registerProvider(new SystemHistoryProvider(store));
		server.registerProviders(context.getBeansWithAnnotation(FhirOperations.class).values());
		server.registerInterceptor(new HistoryBundles());
		server.registerInterceptor(new CapabilityStatementCustomizer());
		context.getBeansWithAnnotation(Interceptor.class).values().forEach(server::registerInterceptor);
		ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(server, PATH);
		registration.setName("fhir");
		registration.setLoadOnStartup(1);
		return registration;
	}

	private static FifoMemoryPagingProvider pagingProvider(SandboxSettings settings) {
		FifoMemoryPagingProvider paging = new FifoMemoryPagingProvider(PAGED_SEARCHES_KEPT);
		paging.setDefaultPageSize(settings.defaultPageSize());
		paging.setMaximumPageSize(settings.maxPageSize());
		return paging;
	}

	private static List<IResourceProvider> resourceProviders(FhirStore store) {
		return List.of(new StandaloneSearchProvider(Patient.class, store),
				new StandaloneSearchProvider(Practitioner.class, store),
				new StandaloneSearchProvider(Organization.class, store),
				new StandaloneSearchProvider(Group.class, store),
				new SubjectSearchProvider(Condition.class, store), new SubjectSearchProvider(Procedure.class, store),
				new SubjectSearchProvider(Observation.class, store),
				new SubjectSearchProvider(ServiceRequest.class, store),
				new SubjectSearchProvider(Encounter.class, store),
				new SubjectSearchProvider(MedicationRequest.class, store),
				new SubjectSearchProvider(CarePlan.class, store), new TaskProvider(store),
				new PatientSearchProvider(Coverage.class, store));
	}

}
