package org.secondopinion.gateway.ehr;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.secondopinion.events.EventCodec;
import org.secondopinion.gateway.GatewaySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One client per configured EHR, and a health indicator for each under {@code ehrs}. */
@Configuration(proxyBeanMethods = false)
class EhrConfiguration {

	@Bean
	EhrClients ehrClients(GatewaySettings settings, HttpClient http, EventCodec codec,
			ObjectProvider<MeterRegistry> registry, Clock clock, ObjectProvider<SslBundles> sslBundles) {
		MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
		return new EhrClients(settings.ehrs()
			.stream()
			.map(ehr -> new EhrClient(EhrConnections.connect(ehr, settings,
					EhrHttpClients.forEhr(ehr, http, sslBundles.getIfAvailable()), codec.mapper(), meters, clock,
					Thread::sleep, () -> ThreadLocalRandom.current().nextDouble()), ehr, codec.mapper()))
			.toList());
	}

	/** {@code /actuator/health/ehrs/{ehrId}}: down while the EHR fails, with the reason and the breaker state. */
	@Bean
	CompositeHealthContributor ehrs(EhrClients clients) {
		Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
		clients.all().forEach(client -> indicators.put(client.ehrId().value(), new EhrHealthIndicator(client)));
		return CompositeHealthContributor.fromMap(indicators);
	}

}
