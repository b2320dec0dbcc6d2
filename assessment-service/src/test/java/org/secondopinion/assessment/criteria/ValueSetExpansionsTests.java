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
import org.hl7.fhir.r4.model.OperationOutcome;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
			int count = ((IntegerType) parameters.getParameter("count").getValue()).getValue();
			byte[] response;
			int status;
			if ("hapi".equals(answer.get())) {
				// as HAPI FHIR JPA answers for a value set it has not pre-expanded: no page short of the whole
				response = offset + count < 3 ? hapiTooManyCodes(offset + count) : wholeExpansion();
				status = offset + count < 3 ? 400 : 200;
			}
			else {
				String file = "ok".equals(answer.get())
						? (offset == 0 ? "expand-response-page-1.json" : "expand-response-page-2.json") : "expand-error.json";
				response = fixture(file);
				status = "ok".equals(answer.get()) ? 200 : 404;
			}
			exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
			exchange.sendResponseHeaders(status, response.length);
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
	void asksForTheWholeExpansionAtOnceWhenTheServerRefusesToPageIt() {
		answer.set("hapi");

		ValueSet.ValueSetExpansionComponent expansion = client()
			.expand(load("fixtures/value-sets/snomed-hierarchy-without-expansion.json").hierarchiesToExpand());

		assertThat(expansion.getContains()).extracting(ValueSet.ValueSetExpansionContainsComponent::getCode)
			.containsExactly("65575008", "40013009", "301759007");
		assertThat(requests).extracting(r -> ((IntegerType) r.getParameter("count").getValue()).getValue())
			.containsExactly(2, 100);
	}

	@Test
	void refusesAnExpansionLargerThanMaxCodesWhenTheServerWillNotPageIt() {
		answer.set("hapi");
		TerminologyClient client = new TerminologyClient(FHIR,
				URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir"), Duration.ofSeconds(5), 1, 2);

		assertThatThrownBy(() -> client
			.expand(load("fixtures/value-sets/snomed-hierarchy-without-expansion.json").hierarchiesToExpand()))
			.isInstanceOf(TerminologyClient.TerminologyException.class)
			.hasMessageContaining("has more than 2 codes");
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

	private static byte[] hapiTooManyCodes(int maximum) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue()
			.setSeverity(OperationOutcome.IssueSeverity.ERROR)
			.setCode(OperationOutcome.IssueType.PROCESSING)
			.setDiagnostics("HAPI-0831: Expansion of ValueSet produced too many codes (maximum " + maximum
					+ ") - Operation aborted!");
		return FHIR.newJsonParser().encodeResourceToString(outcome).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] wholeExpansion() {
		ValueSet first = FHIR.newJsonParser()
			.parseResource(ValueSet.class, new String(fixture("expand-response-page-1.json"), StandardCharsets.UTF_8));
		ValueSet second = FHIR.newJsonParser()
			.parseResource(ValueSet.class, new String(fixture("expand-response-page-2.json"), StandardCharsets.UTF_8));
		first.getExpansion().getContains().addAll(second.getExpansion().getContains());
		return FHIR.newJsonParser().encodeResourceToString(first).getBytes(StandardCharsets.UTF_8);
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
