package org.secondopinion.gateway.ehr;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.function.DoubleSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.secondopinion.gateway.GatewaySettings;
import tools.jackson.databind.json.JsonMapper;

/** Builds the parts of one EHR connection from its settings. */
final class EhrConnections {

	private EhrConnections() {
	}

	static Connection connect(GatewaySettings.Ehr ehr, GatewaySettings settings, HttpClient http, JsonMapper mapper,
			MeterRegistry registry, Clock clock, Sleeper sleeper, DoubleSupplier random) {
		GatewaySettings.CircuitBreaker breakerSettings = settings.breaker();
		CircuitBreaker breaker = new CircuitBreaker(breakerSettings.failureThreshold(), breakerSettings.openFor(), clock);
		EhrMetrics metrics = new EhrMetrics(registry, ehr.id(), breaker);
		TokenBucket limiter = ehr.requestsPerSecond() == null ? null
				: new TokenBucket(ehr.requestsPerSecond(), System::nanoTime);
		EhrTransport transport = new EhrTransport(ehr.id(), settings.retry(), settings.maxResponseBytes(), http, limiter,
				breaker, metrics, sleeper, random, clock);
		GatewaySettings.Auth auth = ehr.authOrNone();
		Authenticator authenticator = auth.type() == GatewaySettings.AuthType.SMART
				? new SmartBackendServices(ehr.id(), ehr.baseUrl(), auth, ClientAssertionSigner.load(auth, clock),
						transport, metrics, mapper, clock)
				: StaticAuthenticator.of(auth);
		return new Connection(transport, authenticator);
	}

	/** The transport of one EHR and the credentials its calls carry. */
	record Connection(EhrTransport transport, Authenticator auth) {
	}

}
