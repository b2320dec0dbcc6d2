package org.secondopinion.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.PatientRef;

/**
 * The sandbox EHR as a CDS Hooks client, so that the stack's assessment service answers hooks out of the box: a key
 * pair made at each start, its public JWK Set at {@code /cds/jwks.json} on the stack's tools server, the assessment
 * service's registration of that issuer, and {@code /cds/patient-view?patient=<id>}, which signs a hook JWT as an
 * EHR does and calls {@code second-opinion-patient-view} for the patient, answering the service's cards.
 */
final class LocalCdsClient {

	/** The {@code sub} of the hook JWTs. */
	static final String CLIENT_ID = "sandbox-ehr";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final RSAKey key = generate();

	private final String toolsUrl;

	private final EhrId ehr;

	private final String fhirServer;

	private final String assessmentUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	/**
	 * @param toolsUrl the tools server's base URL: the issuer and the JWK Set live under it
	 * @param ehr the EHR as the gateway names it
	 * @param fhirServer its FHIR base URL, sent as {@code fhirServer}
	 * @param assessmentUrl the assessment service's base URL
	 */
	LocalCdsClient(String toolsUrl, EhrId ehr, String fhirServer, String assessmentUrl) {
		this.toolsUrl = toolsUrl;
		this.ehr = ehr;
		this.fhirServer = fhirServer;
		this.assessmentUrl = assessmentUrl;
	}

	String issuer() {
		return toolsUrl + "/cds";
	}

	/** The assessment service's command line registering this client. */
	List<String> assessmentArguments() {
		String ehr = "--second-opinion.assessment.cds.ehrs[0].";
		return List.of(ehr + "ehr-id=" + this.ehr, ehr + "fhir-server=" + fhirServer, ehr + "issuer=" + issuer(),
				ehr + "jwks-url=" + toolsUrl + "/cds/jwks.json", ehr + "clients[0]=" + CLIENT_ID,
				"--second-opinion.assessment.cds.public-base-url=" + assessmentUrl);
	}

	/** The URL that asks for a patient's patient-view cards; with a placeholder for the id when none is named. */
	String patientViewUrl(@Nullable PatientRef patient) {
		return toolsUrl + "/cds/patient-view?patient=" + (patient == null ? "<patient id>" : patient.patientId());
	}

	void serveOn(HttpServer tools) {
		byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		tools.createContext("/cds/jwks.json", exchange -> answer(exchange, 200, "application/json", jwks));
		tools.createContext("/cds/patient-view", exchange -> {
			String named = parameter(exchange, "patient");
			PatientRef patient = named == null ? null : PatientRef.parse(ehr.value(), named).orElse(null);
			if (patient == null) {
				answer(exchange, 400, "text/plain", "Name the patient: /cds/patient-view?patient=<FHIR id>\n".getBytes(StandardCharsets.UTF_8));
				return;
			}
			try {
				HttpResponse<byte[]> cards = patientView(patient);
				answer(exchange, cards.statusCode(), cards.headers().firstValue("Content-Type").orElse("application/json"),
						cards.body());
			}
			catch (IOException | InterruptedException ex) {
				answer(exchange, 502, "text/plain",
						("The assessment service did not answer: " + ex.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
			}
		});
	}

	/** Calls {@code patient-view} for the patient as the sandbox EHR. */
	HttpResponse<byte[]> patientView(PatientRef patient) throws IOException, InterruptedException {
		String endpoint = assessmentUrl + "/cds-services/second-opinion-patient-view";
		String body = """
				{"hook":"patient-view","hookInstance":"%s","fhirServer":"%s",
				 "context":{"userId":"Practitioner/sandbox-clinician","patientId":"%s"}}"""
			.formatted(UUID.randomUUID(), fhirServer, patient.patientId());
		return http.send(HttpRequest.newBuilder(URI.create(endpoint))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + token(endpoint))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A hook JWT as the CDS Hooks specification asks: audience the endpoint, short-lived, a fresh jti. */
	String token(String audience) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer())
			.subject(CLIENT_ID)
			.audience(audience)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(120)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign the hook JWT", ex);
		}
	}

	private static @Nullable String parameter(HttpExchange exchange, String name) {
		String query = exchange.getRequestURI().getRawQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && pair.substring(0, equals).equals(name)) {
				return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID("sandbox-ehr-cds").algorithm(JWSAlgorithm.RS384).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not make the sandbox EHR's CDS key", ex);
		}
	}

}
