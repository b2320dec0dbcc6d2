package org.secondopinion.sandbox.smart;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks a SMART Backend Services client assertion as the specification asks: signed RS384 or ES384 by a key of the
 * registered client (chosen by {@code kid}), {@code iss} = {@code sub} = the client id, {@code aud} the token
 * endpoint, {@code exp} present and at most five minutes ahead, and a {@code jti} not seen before.
 */
final class AssertionVerifier {

	static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

	private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

	private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

	private final SandboxAccess access;

	private final Clock clock;

	AssertionVerifier(SandboxAccess access, Clock clock) {
		this.access = access;
		this.clock = clock;
	}

	/** The client the assertion authenticates. */
	SandboxAccess.RegisteredClient verify(String assertion, String tokenEndpoint) {
		SignedJWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = SignedJWT.parse(assertion);
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw TokenRequestException.invalidClient("client_assertion is not a signed JWT");
		}
		JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
		if (!ALGORITHMS.contains(algorithm)) {
			throw TokenRequestException.invalidClient("client_assertion must be signed RS384 or ES384, not " + algorithm);
		}
		String issuer = claims.getIssuer();
		if (issuer == null || !issuer.equals(claims.getSubject())) {
			throw TokenRequestException.invalidClient("iss and sub must both be the client id");
		}
		SandboxAccess.RegisteredClient client = access.client(issuer)
			.orElseThrow(() -> TokenRequestException.invalidClient("unknown client " + issuer));
		String keyId = jwt.getHeader().getKeyID();
		List<JWK> keys = client.publicKeys()
			.getKeys()
			.stream()
			.filter(key -> keyId == null || keyId.equals(key.getKeyID()))
			.toList();
		if (keys.isEmpty()) {
			throw TokenRequestException.invalidClient("no key with kid " + keyId + " is registered for " + issuer);
		}
		if (keys.stream().noneMatch(key -> verifies(jwt, key, algorithm))) {
			throw TokenRequestException.invalidClient("the signature does not verify with the keys registered for "
					+ issuer);
		}
		if (claims.getAudience() == null || !claims.getAudience().contains(tokenEndpoint)) {
			throw TokenRequestException.invalidClient("aud must be the token endpoint " + tokenEndpoint);
		}
		Instant now = clock.instant();
		if (claims.getExpirationTime() == null) {
			throw TokenRequestException.invalidClient("exp is missing");
		}
		Instant expires = claims.getExpirationTime().toInstant();
		if (expires.isBefore(now.minus(CLOCK_SKEW))) {
			throw TokenRequestException.invalidClient("the client_assertion has expired");
		}
		if (expires.isAfter(now.plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
			throw TokenRequestException.invalidClient("exp must be at most five minutes ahead");
		}
		String jti = claims.getJWTID();
		if (jti == null || jti.isBlank()) {
			throw TokenRequestException.invalidClient("jti is missing");
		}
		if (!access.tokens().firstUse(issuer, jti, expires.plus(CLOCK_SKEW))) {
			throw TokenRequestException.invalidClient("jti was used before: a replayed client_assertion");
		}
		return client;
	}

	private static boolean verifies(SignedJWT jwt, JWK key, JWSAlgorithm algorithm) {
		try {
			JWSVerifier verifier;
			if (key instanceof RSAKey rsa && algorithm.equals(JWSAlgorithm.RS384)) {
				verifier = new RSASSAVerifier(rsa);
			}
			else if (key instanceof ECKey ec && algorithm.equals(JWSAlgorithm.ES384)) {
				verifier = new ECDSAVerifier(ec);
			}
			else {
				return false;
			}
			return jwt.verify(verifier);
		}
		catch (JOSEException ex) {
			return false;
		}
	}

}
