package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.assessment.picture.ClinicalPicture;
import org.secondopinion.assessment.picture.CodedConcept;
import org.secondopinion.assessment.picture.PatientDetails;
import org.secondopinion.assessment.picture.PlannedProcedure;
import org.secondopinion.events.PatientRef;
import org.secondopinion.testing.fhir.ReferenceFhirServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value sets' SNOMED CT is-a filters expanded by a real FHIR terminology server: the reference HAPI FHIR JPA
 * server started as one ({@link ReferenceFhirServer#startTerminologyServer(int)}), holding a small SNOMED CT fragment
 * as a {@code CodeSystem}, with the criteria wired as the service wires them and
 * {@code second-opinion.assessment.terminology.base-url} pointing at it. A page size of 2 makes the client page, which
 * HAPI refuses for value sets it has not pre-expanded.
 */
@SpringBootTest(classes = TerminologyServerIntegrationTests.Rules.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.config.name=assessment-service", "second-opinion.assessment.terminology.page-size=2" })
class TerminologyServerIntegrationTests {

	private static final String SCT = "http://snomed.info/sct";

	private static final String MAJOR_PROCEDURES = "https://secondopinion.org/fhir/ValueSet/major-procedures";

	private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

	/** Root of a major-procedures filter ({@code is-a 90470006}). */
	private static final CodedConcept PROSTATECTOMY = new CodedConcept(SCT, "90470006", "Prostatectomy");

	/** In the shipped expansion of major-procedures. */
	private static final CodedConcept RADICAL = new CodedConcept(SCT, "26294005", "Radical prostatectomy");

	/** A descendant of radical prostatectomy that the shipped expansion lacks. */
	private static final CodedConcept RETROPUBIC = new CodedConcept(SCT, "65551008", "Radical retropubic prostatectomy");

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static ReferenceFhirServer server;

	@Autowired
	ValueSetExpansions expansions;

	@Autowired
	TerminologyHealthIndicator health;

	@Autowired
	MajorProcedurePlanned majorProcedurePlanned;

	@DynamicPropertySource
	static void terminologyServer(DynamicPropertyRegistry registry) {
		registry.add("second-opinion.assessment.terminology.base-url", () -> server().baseUrl());
	}

	private static synchronized ReferenceFhirServer server() {
		if (server == null) {
			server = ReferenceFhirServer.startTerminologyServer(freePort());
		}
		return server;
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void expandsTheHierarchiesOnHapiAndKeepsThatExpansionOnceHapiStopsAnswering() throws Exception {
		awaitStartUpAttempt();
		assertThat(state(MAJOR_PROCEDURES).failing()).as("the server knows no SNOMED CT yet").isTrue();
		assertThat(health.health().getStatus()).isEqualTo(TerminologyHealthIndicator.DEGRADED);
		assertThat(majorProcedurePlanned.evaluate(planned(RADICAL), NOW)).as("shipped expansion").isPresent();
		assertThat(majorProcedurePlanned.evaluate(planned(RETROPUBIC), NOW)).as("not in the shipped expansion").isEmpty();

		put(snomedFragment());
		awaitExpandable(PROSTATECTOMY.code(), RETROPUBIC.code());
		expansions.refresh();

		assertThat(majorProcedurePlanned.evaluate(planned(RETROPUBIC), NOW))
			.hasValueSatisfying(f -> assertThat(f.reason()).startsWith("Radical retropubic prostatectomy is planned"));
		assertThat(majorProcedurePlanned.evaluate(planned(RADICAL), NOW)).isPresent();
		Health up = health.health();
		assertThat(up.getStatus()).isEqualTo(Status.UP);
		assertThat(up.getDetails().get("server")).isEqualTo(server.baseUrl() + "/");
		assertThat(up.getDetails().get(MAJOR_PROCEDURES).toString()).contains("server expansion of")
			.contains("from " + server.baseUrl());
		assertThat(expansions.states()).noneMatch(ValueSetExpansions.State::failing);

		server.close();
		expansions.refresh();

		assertThat(majorProcedurePlanned.evaluate(planned(RETROPUBIC), NOW)).as("last good expansion kept").isPresent();
		Health degraded = health.health();
		assertThat(degraded.getStatus()).isEqualTo(TerminologyHealthIndicator.DEGRADED);
		assertThat((Map<?, ?>) degraded.getDetails().get(MAJOR_PROCEDURES)).satisfies(detail -> {
			assertThat(detail.get("inForce").toString()).contains("server expansion of");
			assertThat(detail.get("lastError").toString()).contains("Cannot reach the terminology server");
			assertThat(detail.get("lastSuccessAt")).isNotNull();
		});
	}

	/** The refresh at start-up runs on its own thread; the test's refreshes must not overlap it. */
	private void awaitStartUpAttempt() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (expansions.states().stream().anyMatch(s -> s.lastFailureAt() == null && s.lastSuccessAt() == null)) {
			assertThat(System.nanoTime()).as("start-up refresh attempted").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private ValueSetExpansions.State state(String url) {
		return expansions.states().stream().filter(s -> s.valueSet().equals(url)).findFirst().orElseThrow();
	}

	/**
	 * SNOMED CT as far as the test needs it: every root that a shipped value set filters on (HAPI refuses a filter on
	 * a concept it does not know), and under prostatectomy the chain radical → radical retropubic prostatectomy.
	 */
	private static CodeSystem snomedFragment() throws IOException {
		Set<String> roots = new LinkedHashSet<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:valuesets/*.json")) {
			try (InputStream in = file.getInputStream()) {
				ValueSet valueSet = FHIR.newJsonParser().parseResource(ValueSet.class, in);
				valueSet.getCompose()
					.getInclude()
					.stream()
					.filter(include -> SCT.equals(include.getSystem()))
					.flatMap(include -> include.getFilter().stream())
					.filter(filter -> "concept".equals(filter.getProperty()))
					.forEach(filter -> roots.add(filter.getValue().trim()));
			}
		}
		assertThat(roots).contains(PROSTATECTOMY.code()).doesNotContain(RADICAL.code(), RETROPUBIC.code());
		CodeSystem snomed = new CodeSystem();
		snomed.setId("snomed-fragment");
		snomed.setUrl(SCT);
		snomed.setStatus(Enumerations.PublicationStatus.ACTIVE);
		snomed.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
		snomed.setHierarchyMeaning(CodeSystem.CodeSystemHierarchyMeaning.ISA);
		for (String root : roots) {
			CodeSystem.ConceptDefinitionComponent concept = snomed.addConcept().setCode(root);
			if (root.equals(PROSTATECTOMY.code())) {
				concept.setDisplay(PROSTATECTOMY.display())
					.addConcept()
					.setCode(RADICAL.code())
					.setDisplay(RADICAL.display())
					.addConcept()
					.setCode(RETROPUBIC.code())
					.setDisplay(RETROPUBIC.display());
			}
		}
		return snomed;
	}

	private static void put(CodeSystem codeSystem) throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(server.baseUrl() + "/CodeSystem/" + codeSystem.getIdPart()))
					.header("Content-Type", "application/fhir+json")
					.PUT(HttpRequest.BodyPublishers.ofString(FHIR.newJsonParser().encodeResourceToString(codeSystem)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
	}

	/** HAPI stores and indexes a code system's concepts after the write (deferred for large ones): wait for them. */
	private static void awaitExpandable(String root, String descendant) throws Exception {
		ValueSet valueSet = new ValueSet();
		valueSet.setUrl("urn:uuid:terminology-server-integration-tests");
		valueSet.getCompose().addInclude().setSystem(SCT).addFilter().setProperty("concept")
			.setOp(ValueSet.FilterOperator.ISA).setValue(root);
		Parameters parameters = new Parameters();
		parameters.addParameter().setName("valueSet").setResource(valueSet);
		parameters.addParameter().setName("count").setValue(new IntegerType(100));
		String body = FHIR.newJsonParser().encodeResourceToString(parameters);
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		String last = "";
		while (System.nanoTime() < deadline) {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ValueSet/$expand"))
				.header("Content-Type", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
			last = response.body();
			if (response.statusCode() == 200 && last.contains("\"" + descendant + "\"")) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("HAPI did not expand is-a " + root + " to " + descendant + " within 120 s: " + last);
	}

	private static ClinicalPicture planned(CodedConcept procedure) {
		PlannedProcedure request = new PlannedProcedure("ServiceRequest", "sr-" + procedure.code(),
				"ServiceRequest/sr-" + procedure.code() + "/_history/1", List.of(procedure), "active", "order",
				NOW.minus(Duration.ofDays(7)), null);
		return new ClinicalPicture(PatientRef.of("ehr", "p-terminology"), PatientDetails.unknown(), List.of(request),
				List.of());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The criteria, their settings and value sets, as the service wires them, without database, Kafka or web. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan(basePackageClasses = CriteriaEvaluator.class,
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Tests.*"))
	@ConfigurationPropertiesScan(basePackageClasses = AssessmentSettings.class)
	static class Rules {

		@Bean
		FhirContext fhirContext() {
			return FHIR;
		}

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
