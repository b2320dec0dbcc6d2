package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import ca.uhn.fhir.context.FhirContext;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.assessment.picture.CodedConcept;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terminology client and refresher against a stand-in server on the loopback interface that answers
 * {@code ValueSet/$expand} with documents shaped like the FHIR specification's examples (paged expansion,
 * OperationOutcome on error). The test against a real HAPI FHIR JPA server with SNOMED CT loaded belongs to the
 * integration suite.
 */
class ValueSetExpansionsTests {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final String SCT = "http://snomed.info/sct";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);

	private final AtomicReference<String> answer = new AtomicReference<>("ok");

	private final List<Parameters> requests = new CopyOnWriteArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private HttpServer server;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/fhir/ValueSet/$expand", exchange -> {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			Parameters parameters = FHIR.newJsonParser().parseResource(Parameters.class, body);
			requests.add(parameters);
			int offset = ((IntegerType) parameters.getParameter("offset").getValue()).getValue();
			String file = "ok".equals(answer.get())
					? (offset == 0 ? "expand-response-page-1.json" : "expand-response-page-2.json") : "expand-error.json";
			byte[] response = fixture(file);
			exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
			exchange.sendResponseHeaders("ok".equals(answer.get()) ? 200 : 404, response.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(response);
			}
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void followsTheOffsetUntilTheWholeExpansionHasCome() {
		TerminologyClient client = client();
		ValueSet.ValueSetExpansionComponent expansion = client
			.expand(load("fixtures/value-sets/snomed-hierarchy-without-expansion.json").hierarchiesToExpand());

		assertThat(expansion.getContains()).extracting(ValueSet.ValueSetExpansionContainsComponent::getCode)
			.containsExactly("65575008", "40013009", "301759007");
		assertThat(requests).hasSize(2);
		assertThat(requests.get(0).getParameter("valueSet").getResource()).isInstanceOf(ValueSet.class);
		assertThat(((IntegerType) requests.get(1).getParameter("offset").getValue()).getValue()).isEqualTo(2);
	}

	@Test
	void replacesTheExpansionWithTheServersAndReportsItHealthy() {
		CodeSet set = load("fixtures/value-sets/snomed-hierarchy-without-expansion.json");
		ValueSetExpansions expansions = new ValueSetExpansions(List.of(set), client(), settings(), meters, CLOCK);

		expansions.refresh();

		assertThat(set.contains(new CodedConcept(SCT, "301759007", null))).isTrue();
		assertThat(set.describe()).contains("server expansion of 3 codes dated 2026-12-01T06:00:00Z");
		Health health = new TerminologyHealthIndicator(expansions).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(meters.counter("assessment.terminology.expansion.refreshes", "value-set",
				"https://example.org/fhir/ValueSet/snomed-hierarchy-without-expansion").count()).isEqualTo(1);
	}

	@Test
	void keepsTheLastGoodExpansionWhenTheServerFailsAndSaysSo() {
		CodeSet set = load("valuesets/follow-up-prostate.json");
		ValueSetExpansions expansions = new ValueSetExpansions(List.of(set), client(), settings(), meters, CLOCK);
		answer.set("error");

		expansions.refresh();

		assertThat(set.contains(new CodedConcept(SCT, "40013009", null))).as("shipped expansion kept").isTrue();
		assertThat(set.expansion().shipped()).isTrue();
		Health health = new TerminologyHealthIndicator(expansions).health();
		assertThat(health.getStatus()).isEqualTo(TerminologyHealthIndicator.DEGRADED);
		assertThat(health.getDetails().get("https://secondopinion.org/fhir/ValueSet/follow-up-prostate").toString())
			.contains("Unable to find code system http://snomed.info/sct").contains("shipped expansion");
		assertThat(meters.counter("assessment.terminology.expansion.failures", "value-set",
				"https://secondopinion.org/fhir/ValueSet/follow-up-prostate").count()).isEqualTo(1);
		assertThat(meters.get("assessment.terminology.expansion.failing").gauge().value()).isEqualTo(1);

		answer.set("ok");
		expansions.refresh();
		assertThat(new TerminologyHealthIndicator(expansions).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void usesTheShippedExpansionsOfflineAndSaysWhereTheyCameFrom() {
		CodeSet set = load("valuesets/follow-up-prostate.json");
		ValueSetExpansions expansions = new ValueSetExpansions(List.of(set), null, settings(), meters, CLOCK);

		expansions.refresh();

		Health health = new TerminologyHealthIndicator(expansions).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails().get("server")).isEqualTo("none: shipped expansions in use");
		assertThat(requests).isEmpty();
	}

	private TerminologyClient client() {
		return new TerminologyClient(FHIR, URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir"),
				Duration.ofSeconds(5), 2, 100);
	}

	private static TerminologySettings settings() {
		return new TerminologySettings(null, Duration.ofHours(24), Duration.ofSeconds(5), 2, 100);
	}

	private static CodeSet load(String path) {
		return CodeSet.load(FHIR, new ClassPathResource(path));
	}

	private static byte[] fixture(String name) {
		try (InputStream in = new ClassPathResource("fixtures/value-sets/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
