package org.secondopinion.gateway.ingest;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.secondopinion.events.EventCodec;
import org.secondopinion.gateway.GatewaySettings;
import org.secondopinion.gateway.ehr.EhrClient;
import org.springframework.stereotype.Component;

/** One {@link EhrClient} per configured EHR, shared by sync, backfill and push. */
@Component
public class EhrClients {

	private final Map<String, Connected> byId = new LinkedHashMap<>();

	EhrClients(GatewaySettings settings, HttpClient http, EventCodec codec) {
		settings.ehrs()
			.forEach(ehr -> byId.put(ehr.id(), new Connected(ehr, new EhrClient(ehr, settings, http, codec.mapper()))));
	}

	/** Every configured EHR, in configuration order. */
	public List<Connected> all() {
		return List.copyOf(byId.values());
	}

	public Optional<Connected> find(String ehrId) {
		return Optional.ofNullable(byId.get(ehrId));
	}

	/** A configured EHR and its client. */
	public record Connected(GatewaySettings.Ehr settings, EhrClient client) {

		public String id() {
			return settings.id();
		}

	}

}
