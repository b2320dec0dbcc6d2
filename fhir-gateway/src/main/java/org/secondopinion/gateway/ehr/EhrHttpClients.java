package org.secondopinion.gateway.ehr;

import java.net.http.HttpClient;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.secondopinion.gateway.GatewaySettings;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * The HTTP client of each EHR: the shared one, or, for an EHR with an {@code ssl-bundle}, a client of its own that
 * trusts the bundle's CA and presents its client certificate (mutual TLS). Host names are verified either way.
 */
final class EhrHttpClients {

	private EhrHttpClients() {
	}

	static HttpClient forEhr(GatewaySettings.Ehr ehr, HttpClient shared, @Nullable SslBundles bundles) {
		if (ehr.sslBundle() == null) {
			return shared;
		}
		SslBundle bundle;
		try {
			if (bundles == null) {
				throw new NoSuchSslBundleException(ehr.sslBundle(), "no SSL bundles are configured");
			}
			bundle = bundles.getBundle(ehr.sslBundle());
		}
		catch (NoSuchSslBundleException ex) {
			throw new IllegalStateException("EHR " + ehr.id() + " names the SSL bundle '" + ehr.sslBundle()
					+ "', which is not configured: set spring.ssl.bundle.pem." + ehr.sslBundle()
					+ ".truststore.certificate (and .keystore.certificate/.private-key for mutual TLS)", ex);
		}
		return HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.sslContext(bundle.createSslContext())
			.build();
	}

}
