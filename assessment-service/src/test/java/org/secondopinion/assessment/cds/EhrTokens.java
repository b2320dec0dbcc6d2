package org.secondopinion.assessment.cds;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

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
import com.sun.net.httpserver.HttpServer;

/**
 * An EHR's signing side for tests: RSA keys, their JWK Sets served over HTTP on the loopback interface, and CDS
 * Hooks JWTs signed with them.
 */
final class EhrTokens implements AutoCloseable {

	static final String ISSUER = "https://ehr.example.test/cds-client";

	private final RSAKey key = generate("ehr-key-1");

	private final RSAKey alternateKey = generate("ehr-key-2");

	private final RSAKey strangerKey = generate("ehr-key-1");

	private final HttpServer server;

	EhrTokens() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		serve("/jwks.json", key);
		serve("/alternate-jwks.json", alternateKey);
		serve("/stranger-jwks.json", strangerKey);
		server.start();
	}

	String jwksUrl() {
		return url("/jwks.json");
	}

	String alternateJwksUrl() {
		return url("/alternate-jwks.json");
	}

	String strangerJwksUrl() {
		return url("/stranger-jwks.json");
	}

	/** A valid token for the endpoint, as the registered EHR signs it. */
	String token(String audience) {
		return token(audience, claims -> {
		});
	}

	String token(String audience, Consumer<JWTClaimsSet.Builder> changes) {
		return sign(key, null, claims(audience, changes));
	}

	/** A token signed with a key the EHR does not publish, under the EHR's key id. */
	String tokenSignedByStranger(String audience) {
		return sign(strangerKey, null, claims(audience, c -> {
		}));
	}

	/** A token whose header names a JWK Set URL in {@code jku}, signed with the key published there. */
	String tokenWithJku(String audience, String jku, boolean alternateKey) {
		return sign(alternateKey ? this.alternateKey : strangerKey, jku, claims(audience, c -> {
		}));
	}

	private static JWTClaimsSet claims(String audience, Consumer<JWTClaimsSet.Builder> changes) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject("ehr-client-1")
			.audience(List.of(audience))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(240)))
			.jwtID(UUID.randomUUID().toString());
		changes.accept(claims);
		return claims.build();
	}

	private static String sign(RSAKey key, String jku, JWTClaimsSet claims) {
		try {
			JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID())
				.type(JOSEObjectType.JWT);
			if (jku != null) {
				header.jwkURL(URI.create(jku));
			}
			SignedJWT jwt = new SignedJWT(header.build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).algorithm(JWSAlgorithm.RS384).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void serve(String path, RSAKey published) {
		byte[] body = new JWKSet(published.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		server.createContext(path, exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
	}

	private String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
