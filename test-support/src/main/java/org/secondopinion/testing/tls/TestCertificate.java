package org.secondopinion.testing.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1} (EC P-256, two days), made by the JDK's
 * {@code keytool} and written as PEM files: what an operator hands a Spring Boot PEM SSL bundle.
 *
 * @param certificate the certificate, PEM
 * @param privateKey its private key, PEM (PKCS #8, unencrypted)
 * @param keyStore both in a PKCS #12 key store, password {@link #PASSWORD}
 */
public record TestCertificate(Path certificate, Path privateKey, Path keyStore) {

	public static final String PASSWORD = "changeit";

	/** Makes a certificate named {@code name} in {@code directory}. */
	public static TestCertificate create(Path directory, String name) {
		try {
			Files.createDirectories(directory);
			Path store = directory.resolve(name + ".p12");
			Files.deleteIfExists(store);
			Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
					"-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg",
					"SHA256withECDSA", "-dname", "CN=" + name + ",O=Second Opinion tests", "-ext",
					"san=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
					store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
				.redirectErrorStream(true)
				.start();
			String output = new String(keytool.getInputStream().readAllBytes());
			if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
				throw new IllegalStateException("keytool could not make a certificate: " + output);
			}
			KeyStore keys = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(store)) {
				keys.load(in, PASSWORD.toCharArray());
			}
			Certificate certificate = keys.getCertificate(name);
			PrivateKey key = (PrivateKey) keys.getKey(name, PASSWORD.toCharArray());
			Path certificateFile = directory.resolve(name + ".crt");
			Path keyFile = directory.resolve(name + ".key");
			Files.writeString(certificateFile, pem("CERTIFICATE", certificate.getEncoded()));
			Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
			return new TestCertificate(certificateFile, keyFile, store);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A TLS context that presents this certificate and trusts only {@code trusted} (mutual TLS when a server). */
	public SSLContext serverContext(TestCertificate... trusted) {
		try {
			KeyStore keys = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(keyStore)) {
				keys.load(in, PASSWORD.toCharArray());
			}
			KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keyManagers.init(keys, PASSWORD.toCharArray());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keyManagers.getKeyManagers(), trusted.length == 0 ? null : trustManagers(trusted), null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A client's TLS context that trusts this certificate only. */
	public SSLContext trustingContext() {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trustManagers(this), null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static javax.net.ssl.TrustManager[] trustManagers(TestCertificate... trusted) throws GeneralSecurityException {
		try {
			KeyStore trust = KeyStore.getInstance("PKCS12");
			trust.load(null, null);
			CertificateFactory certificates = CertificateFactory.getInstance("X.509");
			for (int i = 0; i < trusted.length; i++) {
				try (InputStream in = Files.newInputStream(trusted[i].certificate())) {
					trust.setCertificateEntry("trusted-" + i, certificates.generateCertificate(in));
				}
			}
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trust);
			return factory.getTrustManagers();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

}
