package org.secondopinion.gateway.ehr;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.testing.tls.TestCertificate;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An EHR that serves FHIR over HTTPS with a certificate of its own CA and asks for the gateway's client certificate
 * (mutual TLS): the gateway reaches it through the EHR's {@code ssl-bundle}, a PEM bundle as an operator configures it,
 * and nothing without.
 */
class EhrTlsTests {

	static final Path DIRECTORY = Path.of("target", "tls");

	static final TestCertificate EHR = TestCertificate.create(DIRECTORY, "ehr-server");

	static final TestCertificate GATEWAY = TestCertificate.create(DIRECTORY, "gateway-client");

	private final AtomicReference<String> clientSubject = new AtomicReference<>();

	private HttpsServer server;

	@BeforeEach
	void startEhr() throws Exception {
		server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(EHR.serverContext(GATEWAY)) {
			@Override
			public void configure(HttpsParameters params) {
				SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
				parameters.setNeedClientAuth(true);
				params.setSSLParameters(parameters);
			}
		});
		server.createContext("/fhir", exchange -> {
			SSLSession session = ((HttpsExchange) exchange).getSSLSession();
			try {
				clientSubject.set(session.getPeerPrincipal().getName());
			}
			catch (SSLPeerUnverifiedException ex) {
				clientSubject.set(null);
			}
			byte[] body = """
					{"resourceType":"Bundle","type":"searchset","entry":[{"resource":
					{"resourceType":"Condition","id":"c-1","subject":{"reference":"Patient/p-1"}}}]}"""
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

	@AfterEach
	void stopEhr() {
		server.stop(0);
	}

	@Test
	void searchesAnEhrOverMutualTlsWithTheEhrsSslBundle() {
		GatewaySettings.Ehr ehr = ehr("north-ehr");
		DefaultSslBundleRegistry bundles = new DefaultSslBundleRegistry("north-ehr",
				SslBundle.of(new PemSslStoreBundle(
						PemSslStoreDetails.forCertificate("file:" + GATEWAY.certificate().toAbsolutePath())
							.withPrivateKey("file:" + GATEWAY.privateKey().toAbsolutePath()),
						PemSslStoreDetails.forCertificate("file:" + EHR.certificate().toAbsolutePath()))));

		BundlePage page = client(ehr, EhrHttpClients.forEhr(ehr, HttpClient.newHttpClient(), bundles))
			.search("Condition", Map.of());

		assertThat(page.resources()).singleElement()
			.satisfies(resource -> assertThat(resource.path("id").asString()).isEqualTo("c-1"));
		assertThat(clientSubject.get()).as("the gateway's client certificate").contains("CN=gateway-client");
	}

	@Test
	void anEhrWithoutAnSslBundleUsesTheSharedClientWhichDoesNotTrustAPrivateCa() {
		HttpClient shared = HttpClient.newHttpClient();

		assertThat(EhrHttpClients.forEhr(ehr(null), shared, new DefaultSslBundleRegistry())).isSameAs(shared);
		assertThatThrownBy(() -> shared.send(HttpRequest.newBuilder(URI.create(base() + "/Condition")).build(),
				HttpResponse.BodyHandlers.discarding()))
			.isInstanceOf(SSLHandshakeException.class);
	}

	@Test
	void namesTheMissingBundleAndTheSettingsThatDefineIt() {
		assertThatThrownBy(() -> EhrHttpClients.forEhr(ehr("south-ehr"), HttpClient.newHttpClient(),
				new DefaultSslBundleRegistry()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("EHR test names the SSL bundle 'south-ehr'")
			.hasMessageContaining("spring.ssl.bundle.pem.south-ehr.truststore.certificate");
	}

	private GatewaySettings.Ehr ehr(String sslBundle) {
		return new GatewaySettings.Ehr("test", URI.create(base()), null, null, null, null, null, sslBundle);
	}

	private static EhrClient client(GatewaySettings.Ehr ehr, HttpClient http) {
		GatewaySettings.Retry retry = new GatewaySettings.Retry(1, Duration.ofMillis(100), Duration.ofSeconds(1),
				Duration.ofSeconds(10));
		GatewaySettings settings = new GatewaySettings(Duration.ofSeconds(5), 10, 1, 1_000_000, retry, List.of(ehr),
				new GatewaySettings.CircuitBreaker(3, Duration.ofMinutes(1)));
		JsonMapper mapper = JsonMapper.builder().build();
		return new EhrClient(EhrConnections.connect(ehr, settings, http, mapper, new SimpleMeterRegistry(),
				Clock.systemUTC(), millis -> {
				}, () -> 0.5), ehr, mapper);
	}

	private String base() {
		return "https://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
	}

}
