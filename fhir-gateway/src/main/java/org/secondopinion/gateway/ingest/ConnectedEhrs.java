package org.secondopinion.gateway.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.secondopinion.events.EhrId;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.ehr.EhrClient;
import org.secondopinion.gateway.ehr.EhrClients;
import org.springframework.stereotype.Component;

/**
 * The configured EHRs, each with its settings and its shared {@link EhrClient} (one rate limit, circuit breaker and
 * access token per EHR, from {@link EhrClients}), for sync, backfill and push.
 */
@Component
public class ConnectedEhrs {

	private final Map<EhrId, Connected> byId = new LinkedHashMap<>();

	ConnectedEhrs(GatewaySettings settings, EhrClients clients) {
		settings.ehrs().forEach(ehr -> byId.put(ehr.ehrId(), new Connected(ehr, clients.get(ehr.ehrId()))));
	}

	/** Every configured EHR, in configuration order. */
	public List<Connected> all() {
		return List.copyOf(byId.values());
	}

	public Optional<Connected> find(EhrId ehrId) {
		return Optional.ofNullable(byId.get(ehrId));
	}

	/** A configured EHR and its client. */
	public record Connected(GatewaySettings.Ehr settings, EhrClient client) {

		public EhrId id() {
			return settings.ehrId();
		}

	}

}
