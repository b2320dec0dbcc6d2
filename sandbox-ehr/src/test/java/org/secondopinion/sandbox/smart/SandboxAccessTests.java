package org.secondopinion.sandbox.smart;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@SandboxEhrTest
class SandboxAccessTests {

	private static final String CLIENT = "gateway-test";

	private static RSAKey rsa;

	private static ECKey ec;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private SandboxAccess access;

	@BeforeAll
	static void keys() throws Exception {
		rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
		ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
	}

	@AfterEach
	void reset() {
		access.reset();
	}

	@Test
	void publishesTheTokenEndpointInTheSmartConfiguration() throws Exception {
		HttpResponse<String> response = get("/fhir/.well-known/smart-configuration", null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode discovery = json.readTree(response.body());
		assertThat(discovery.path("token_endpoint").asString()).isEqualTo(origin() + "/auth/token");
		assertThat(discovery.path("token_endpoint_auth_signing_alg_values_supported").toString()).contains("RS384", "ES384");
	}

	@Test
	void issuesATokenForAnRs384AssertionThatOpensTheFhirApi() throws Exception {
		requireSmart();
		assertThat(get("/fhir/Patient", null).statusCode()).isEqualTo(401);

		HttpResponse<String> token = token(rsaAssertion(rsa, tokenEndpoint(), Instant.now().plusSeconds(240)),
				"system/*.read");

		assertThat(token.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(token.body());
		assertThat(body.path("token_type").asString()).isEqualTo("bearer");
		assertThat(body.path("expires_in").asLong()).isEqualTo(300);
		assertThat(token.headers().firstValue("Cache-Control")).contains("no-store");
		String accessToken = body.path("access_token").asString();
		assertThat(get("/fhir/Patient", "Bearer " + accessToken).statusCode()).isEqualTo(200);
		assertThat(get("/fhir/metadata", null).statusCode()).as("the CapabilityStatement stays open").isEqualTo(200);
		assertThat(access.tokensIssuedTo(CLIENT)).isEqualTo(1);
	}

	@Test
	void issuesATokenForAnEs384Assertion() throws Exception {
		requireSmart();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID("ec-1").build(),
				claims(tokenEndpoint(), Instant.now().plusSeconds(240)));
		jwt.sign(new ECDSASigner(ec));

		assertThat(token(jwt.serialize(), "system/*.read").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesAnAssertionSignedWithAnotherKey() throws Exception {
		requireSmart();
		RSAKey stranger = new RSAKeyGenerator(2048).keyID("rsa-1").generate();

		HttpResponse<String> response = token(rsaAssertion(stranger, tokenEndpoint(), Instant.now().plusSeconds(240)),
				"system/*.read");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("invalid_client");
		assertThat(json.readTree(response.body()).path("error_description").asString()).contains("signature");
	}

	@Test
	void refusesAReplayedAssertion() throws Exception {
		requireSmart();
		String assertion = rsaAssertion(rsa, tokenEndpoint(), Instant.now().plusSeconds(240));

		assertThat(token(assertion, "system/*.read").statusCode()).isEqualTo(200);
		HttpResponse<String> replay = token(assertion, "system/*.read");

		assertThat(replay.statusCode()).isEqualTo(401);
		assertThat(replay.body()).contains("jti was used before");
	}

	@Test
	void refusesAnAssertionForAnotherAudienceOrLivingTooLong() throws Exception {
		requireSmart();

		HttpResponse<String> otherAudience = token(rsaAssertion(rsa, "https://elsewhere.example/token",
				Instant.now().plusSeconds(240)), "system/*.read");
		HttpResponse<String> tooLong = token(rsaAssertion(rsa, tokenEndpoint(), Instant.now().plusSeconds(3600)),
				"system/*.read");

		assertThat(otherAudience.statusCode()).isEqualTo(401);
		assertThat(otherAudience.body()).contains("aud must be the token endpoint");
		assertThat(tooLong.statusCode()).isEqualTo(401);
		assertThat(tooLong.body()).contains("at most five minutes");
	}

	@Test
	void refusesAScopeTheClientMayNotHaveAndAWriteARestrictedTokenDoesNotAllow() throws Exception {
		access.register(CLIENT, new JWKSet(rsa.toPublicJWK()), "system/*.read");
		access.requireSmart();

		HttpResponse<String> refused = token(rsaAssertion(rsa, tokenEndpoint(), Instant.now().plusSeconds(240)),
				"system/*.read system/Task.write");
		String readOnly = json.readTree(token(rsaAssertion(rsa, tokenEndpoint(), Instant.now().plusSeconds(240)),
				"system/*.read").body()).path("access_token").asString();
		HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create(origin() + "/fhir/Task"))
			.header("Authorization", "Bearer " + readOnly)
			.header("Content-Type", "application/fhir+json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"resourceType\":\"Task\",\"status\":\"requested\",\"intent\":\"order\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("invalid_scope");
		assertThat(write.statusCode()).isEqualTo(403);
	}

	@Test
	void refusesATokenRevokedOrExpired() throws Exception {
		requireSmart();
		access.tokenLifetime(Duration.ofSeconds(1));
		String accessToken = json.readTree(token(rsaAssertion(rsa, tokenEndpoint(), Instant.now().plusSeconds(240)),
				"system/*.read").body()).path("access_token").asString();

		Thread.sleep(1100);

		assertThat(get("/fhir/Patient", "Bearer " + accessToken).statusCode()).isEqualTo(401);
	}

	@Test
	void requiresBasicCredentialsOrAStaticTokenWhenSwitchedToThem() throws Exception {
		access.requireBasic("ehr-user", "s3cret");
		String basic = "Basic " + Base64.getEncoder().encodeToString("ehr-user:s3cret".getBytes(StandardCharsets.UTF_8));
		assertThat(get("/fhir/Patient", null).statusCode()).isEqualTo(401);
		assertThat(get("/fhir/Patient", "Basic " + Base64.getEncoder().encodeToString("ehr-user:wrong".getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
		assertThat(get("/fhir/Patient", basic).statusCode()).isEqualTo(200);

		access.requireBearer("static-token");
		assertThat(get("/fhir/Patient", basic).statusCode()).isEqualTo(401);
		assertThat(get("/fhir/Patient", "Bearer static-token").headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(get("/fhir/Patient", "Bearer static-token").statusCode()).isEqualTo(200);
	}

	private void requireSmart() {
		access.register(CLIENT, new JWKSet(java.util.List.of(rsa.toPublicJWK(), ec.toPublicJWK())), null);
		access.requireSmart();
	}

	private static JWTClaimsSet claims(String audience, Instant expires) {
		return new JWTClaimsSet.Builder().issuer(CLIENT)
			.subject(CLIENT)
			.audience(audience)
			.expirationTime(Date.from(expires))
			.jwtID(UUID.randomUUID().toString())
			.build();
	}

	private static String rsaAssertion(RSAKey key, String audience, Instant expires) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID()).build(),
				claims(audience, expires));
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private HttpResponse<String> token(String assertion, String scope) throws Exception {
		String form = "grant_type=client_credentials&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)
				+ "&client_assertion_type=" + URLEncoder.encode(TokenEndpoint.ASSERTION_TYPE, StandardCharsets.UTF_8)
				+ "&client_assertion=" + assertion;
		return http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String tokenEndpoint() {
		return origin() + "/auth/token";
	}

	private String origin() {
		return "http://localhost:" + port;
	}

}
