package org.secondopinion.sandbox.server;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.api.BundleInclusionRule;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.SupplyDelivery;
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
		List<IResourceProvider> providers = new ArrayList<>();
		Stream.of(Patient.class, Practitioner.class, Organization.class, Group.class, Location.class,
				Medication.class, Provenance.class)
			.forEach(type -> providers.add(new StandaloneSearchProvider(type, store)));
		Stream.of(Condition.class, Procedure.class, Observation.class, ServiceRequest.class, Encounter.class,
				MedicationRequest.class, MedicationAdministration.class, MedicationStatement.class, CarePlan.class,
				CareTeam.class, Goal.class, ClinicalImpression.class, DiagnosticReport.class, DocumentReference.class,
				ImagingStudy.class,
				QuestionnaireResponse.class, Communication.class, Flag.class)
			.forEach(type -> providers.add(new SubjectSearchProvider(type, store)));
		Stream.of(AllergyIntolerance.class, Immunization.class, Claim.class, ExplanationOfBenefit.class,
				Device.class, SupplyDelivery.class)
			.forEach(type -> providers.add(new PatientSearchProvider(type, store)));
		providers.add(new TaskProvider(store));
		providers.add(new PractitionerRoleProvider(store));
		providers.add(new CoverageSearchProvider(store));
		return providers;
	}

}
