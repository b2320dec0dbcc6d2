package org.secondopinion.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.secondopinion.testing.tls.TestCertificate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service serves HTTPS from a PEM SSL bundle ({@code server.ssl.bundle}), exactly as docs/security.md#tls tells an
 * operator to configure it: a client trusting the certificate talks to it, one that does not is refused the handshake.
 */
@SpringBootTest(classes = HttpsIntegrationTests.Service.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.ssl.bundle=server",
				"spring.security.oauth2.resourceserver.jwt.issuer-uri=https://keycloak.invalid/realms/second-opinion" })
class HttpsIntegrationTests {

	static final TestCertificate CERTIFICATE = TestCertificate.create(Path.of("target", "tls"), "localhost-server");

	@DynamicPropertySource
	static void serverCertificate(DynamicPropertyRegistry registry) {
		registry.add("spring.ssl.bundle.pem.server.keystore.certificate",
				() -> "file:" + CERTIFICATE.certificate().toAbsolutePath());
		registry.add("spring.ssl.bundle.pem.server.keystore.private-key",
				() -> "file:" + CERTIFICATE.privateKey().toAbsolutePath());
	}

	@Value("${local.server.port}")
	int port;

	@Test
	void servesHttpsFromAPemBundleToAClientThatTrustsItsCertificate() throws Exception {
		HttpClient client = HttpClient.newBuilder().sslContext(CERTIFICATE.trustingContext()).build();

		HttpResponse<String> guarded = client.send(request("/greeting"), HttpResponse.BodyHandlers.ofString());

		assertThat(guarded.sslSession()).isPresent();
		assertThat(guarded.sslSession().get().getProtocol()).startsWith("TLSv1.");
		assertThat(guarded.statusCode()).as("the bearer-token chain answers over TLS").isEqualTo(401);
		assertThat(guarded.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void refusesTheHandshakeToAClientThatDoesNotTrustTheCertificate() {
		HttpClient client = HttpClient.newHttpClient();

		assertThatThrownBy(() -> client.send(request("/greeting"), HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(SSLHandshakeException.class);
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).build();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration" })
	static class Service {

		@RestController
		static class Greeting {

			@GetMapping("/greeting")
			String greeting() {
				return "hello";
			}

		}

	}

}
