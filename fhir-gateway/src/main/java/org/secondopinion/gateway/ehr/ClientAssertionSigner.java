package org.secondopinion.gateway.ehr;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import org.secondopinion.gateway.GatewaySettings;

/**
 * Signs SMART Backend Services client assertions ({@code private_key_jwt}): {@code iss} and {@code sub} are the client
 * id, {@code aud} the token endpoint, {@code exp} four minutes ahead (SMART allows at most five), a fresh {@code jti}
 * each time, and the {@code kid} header naming the key in the client's registered JWKS. The private key is read once
 * from a PKCS#8 PEM file or a JWK (or a JWK Set holding one private key) and never logged.
 */
final class ClientAssertionSigner {

	static final Duration LIFETIME = Duration.ofMinutes(4);

	private final String clientId;

	private final String keyId;

	private final JWSAlgorithm algorithm;

	private final JWSSigner signer;

	private final Clock clock;

	ClientAssertionSigner(String clientId, String keyId, JWSAlgorithm algorithm, JWSSigner signer, Clock clock) {
		this.clientId = clientId;
		this.keyId = keyId;
		this.algorithm = algorithm;
		this.signer = signer;
		this.clock = clock;
	}

	/** Loads the key named by the EHR's SMART settings. */
	static ClientAssertionSigner load(GatewaySettings.Auth auth, Clock clock) {
		Path file = auth.privateKey();
		if (file == null || auth.clientId() == null) {
			throw new IllegalArgumentException("SMART auth needs client-id and private-key");
		}
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Cannot read the private key file " + file + ": " + ex.getMessage(), ex);
		}
		try {
			return text.startsWith("{") ? fromJwk(text, auth, clock) : fromPem(text, auth, clock);
		}
		catch (java.text.ParseException | GeneralSecurityException | JOSEException ex) {
			throw new IllegalArgumentException("The private key file " + file + " holds no usable RSA or P-384 EC "
					+ "private key: " + ex.getMessage(), ex);
		}
	}

	/** A signed assertion for {@code tokenEndpoint}, valid for {@link #LIFETIME}. */
	String assertion(URI tokenEndpoint) {
		Instant now = clock.instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId)
			.subject(clientId)
			.audience(tokenEndpoint.toString())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(LIFETIME)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		JWSHeader header = new JWSHeader.Builder(algorithm).keyID(keyId).type(JOSEObjectType.JWT).build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(signer);
		}
		catch (JOSEException ex) {
			throw new EhrAuthenticationException("Cannot sign the client assertion: " + ex.getMessage(), 0);
		}
		return jwt.serialize();
	}

	String algorithm() {
		return algorithm.getName();
	}

	private static ClientAssertionSigner fromJwk(String text, GatewaySettings.Auth auth, Clock clock)
			throws java.text.ParseException, JOSEException {
		JWK jwk = text.contains("\"keys\"") ? onlyPrivateKey(JWKSet.parse(text).getKeys()) : JWK.parse(text);
		if (!jwk.isPrivate()) {
			throw new JOSEException("the JWK is a public key");
		}
		String kid = auth.keyId() != null ? auth.keyId() : jwk.getKeyID();
		if (kid == null) {
			throw new JOSEException("the JWK has no kid and auth.key-id is not set");
		}
		if (jwk instanceof RSAKey rsa) {
			return new ClientAssertionSigner(auth.clientId(), kid, algorithm(auth, JWSAlgorithm.RS384),
					new RSASSASigner(rsa), clock);
		}
		if (jwk instanceof ECKey ec) {
			return new ClientAssertionSigner(auth.clientId(), kid, algorithm(auth, JWSAlgorithm.ES384),
					new ECDSASigner(ec), clock);
		}
		throw new JOSEException("unsupported key type " + jwk.getKeyType());
	}

	private static JWK onlyPrivateKey(List<JWK> keys) throws JOSEException {
		List<JWK> privateKeys = keys.stream().filter(JWK::isPrivate).toList();
		if (privateKeys.size() != 1) {
			throw new JOSEException("expected one private key in the JWK Set, found " + privateKeys.size());
		}
		return privateKeys.getFirst();
	}

	private static ClientAssertionSigner fromPem(String text, GatewaySettings.Auth auth, Clock clock)
			throws GeneralSecurityException, JOSEException {
		if (!text.startsWith("-----BEGIN PRIVATE KEY-----")) {
			throw new JOSEException("expected a PKCS#8 PEM ('BEGIN PRIVATE KEY'); convert with "
					+ "'openssl pkcs8 -topk8 -nocrypt'");
		}
		if (auth.keyId() == null) {
			throw new JOSEException("auth.key-id is required with a PEM key");
		}
		byte[] der = Base64.getMimeDecoder()
			.decode(text.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""));
		PrivateKey key = parse(der);
		if (key instanceof RSAPrivateKey rsa) {
			return new ClientAssertionSigner(auth.clientId(), auth.keyId(), algorithm(auth, JWSAlgorithm.RS384),
					new RSASSASigner(rsa), clock);
		}
		return new ClientAssertionSigner(auth.clientId(), auth.keyId(), algorithm(auth, JWSAlgorithm.ES384),
				new ECDSASigner((ECPrivateKey) key), clock);
	}

	private static PrivateKey parse(byte[] der) throws GeneralSecurityException {
		PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
		try {
			return KeyFactory.getInstance("RSA").generatePrivate(spec);
		}
		catch (GeneralSecurityException notRsa) {
			return KeyFactory.getInstance("EC").generatePrivate(spec);
		}
	}

	private static JWSAlgorithm algorithm(GatewaySettings.Auth auth, JWSAlgorithm byKey) throws JOSEException {
		@Nullable String configured = auth.algorithm();
		if (configured != null && !configured.equals(byKey.getName())) {
			throw new JOSEException("auth.algorithm " + configured + " does not fit the key (" + byKey + ")");
		}
		return byKey;
	}

}
