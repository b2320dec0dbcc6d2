package org.secondopinion.notification.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.secondopinion.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator UI served over TLS itself, no proxy in front: its session cookie is {@code Secure}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=notification-service", "spring.kafka.consumer.group-id=notification-${random.uuid}" })
@DirtiesContext
class SessionCookieOverTlsIntegrationTests {

	private static final String PASSWORD = UUID.randomUUID().toString();

	private static Path keyStore;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
		TestInfrastructure.register(registry, "ui_tls");
		keyStore = selfSignedKeyStore();
		registry.add("server.ssl.enabled", () -> "true");
		registry.add("server.ssl.key-store", () -> keyStore.toString());
		registry.add("server.ssl.key-store-type", () -> "PKCS12");
		registry.add("server.ssl.key-store-password", () -> PASSWORD);
		registry.add("server.ssl.key-alias", () -> "ui");
	}

	@Value("${local.server.port}")
	int port;

	@Test
	void marksTheSessionCookieSecureAndSameSiteLaxOverTls() throws Exception {
		HttpResponse<Void> login;
		try (HttpClient client = HttpClient.newBuilder().sslContext(trusting(keyStore)).build()) {
			login = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/oauth2/authorization/keycloak"))
				.build(), HttpResponse.BodyHandlers.discarding());
		}

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().allValues("Set-Cookie")).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure").contains("; HttpOnly")
				.contains("; SameSite=Lax"));
	}

	/** A key pair for 127.0.0.1 made by the JDK's keytool, for this test only. */
	private static Path selfSignedKeyStore() throws IOException, InterruptedException {
		Path directory = Files.createTempDirectory("ui-tls");
		Path store = directory.resolve("ui.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "ui", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
				"-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
			.redirectErrorStream(true)
			.start();
		String output = new String(keytool.getInputStream().readAllBytes());
		if (keytool.waitFor() != 0) {
			throw new IllegalStateException("keytool failed: " + output);
		}
		store.toFile().deleteOnExit();
		directory.toFile().deleteOnExit();
		return store;
	}

	private static SSLContext trusting(Path store) throws IOException, GeneralSecurityException {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, PASSWORD.toCharArray());
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(keys);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

}
