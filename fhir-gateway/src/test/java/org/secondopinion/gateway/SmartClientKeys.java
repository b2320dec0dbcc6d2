package org.secondopinion.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * Key pairs of SMART backend clients made for a test: the private key in a file as the gateway reads it (a JWK, or a
 * PKCS#8 PEM), the public key as the EHR registers it.
 */
public record SmartClientKeys(JWK privateKey, Path file) {

	/** An RSA key (RS384) written as a private JWK carrying its kid. */
	public static SmartClientKeys rsaJwk(String keyId) {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(keyId).generate();
			return new SmartClientKeys(key, write(key.toJSONString(), ".jwk"));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A P-384 EC key (ES384) written as a PKCS#8 PEM; the kid goes in configuration. */
	public static SmartClientKeys ecPem(String keyId) {
		try {
			ECKey key = new ECKeyGenerator(Curve.P_384).keyID(keyId).generate();
			String pem = "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(key.toECPrivateKey().getEncoded())
					+ "\n-----END PRIVATE KEY-----\n";
			return new SmartClientKeys(key, write(pem, ".pem"));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The public half, as an EHR registers it for the client. */
	public JWKSet publicKeys() {
		return new JWKSet(privateKey.toPublicJWK());
	}

	private static Path write(String content, String suffix) {
		try {
			Path file = Files.createTempFile("smart-client-", suffix);
			file.toFile().deleteOnExit();
			return Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
