package org.secondopinion.gateway.ehr;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.secondopinion.gateway.GatewaySettings;
import tools.jackson.databind.json.JsonMapper;

/** Builds the parts of one EHR connection from its settings. */
final class EhrConnections {

	private EhrConnections() {
	}

	static Connection connect(GatewaySettings.Ehr ehr, GatewaySettings settings, HttpClient http, JsonMapper mapper,
			MeterRegistry registry, Clock clock, Sleeper sleeper, DoubleSupplier random) {
		return connect(ehr, settings, http, mapper, registry, clock, System::nanoTime, sleeper, random);
	}

	/**
	 * @param nanoTime the monotonic time of the rate limit ({@link System#nanoTime} but in tests)
	 * @param sleeper waits between attempts and for the rate limit
	 * @param random the jitter of the retry backoff, in [0, 1)
	 */
	static Connection connect(GatewaySettings.Ehr ehr, GatewaySettings settings, HttpClient http, JsonMapper mapper,
			MeterRegistry registry, Clock clock, LongSupplier nanoTime, Sleeper sleeper, DoubleSupplier random) {
		EhrResilience resilience = EhrResilience.of(ehr, settings, clock, nanoTime, random);
		EhrMetrics metrics = new EhrMetrics(registry, ehr.ehrId(), resilience.breaker());
		EhrTransport transport = new EhrTransport(ehr.ehrId(), settings.retry().requestTimeout(),
				settings.maxResponseBytes(), http, resilience, metrics, sleeper, clock);
		GatewaySettings.Auth auth = ehr.authOrNone();
		Authenticator authenticator = auth.type() == GatewaySettings.AuthType.SMART
				? new SmartBackendServices(ehr.ehrId(), ehr.baseUrl(), auth, ClientAssertionSigner.load(auth, clock),
						transport, metrics, mapper, clock)
				: StaticAuthenticator.of(auth);
		return new Connection(transport, authenticator);
	}

	/** The transport of one EHR and the credentials its calls carry. */
	record Connection(EhrTransport transport, Authenticator auth) {
	}

}
