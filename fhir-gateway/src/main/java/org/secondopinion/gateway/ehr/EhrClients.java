package org.secondopinion.gateway.ehr;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.secondopinion.events.EhrId;

/**
 * The clients of the configured EHRs, one per EHR, shared by every caller so that an EHR's rate limit, circuit
 * breaker and access token are shared by sync and write-back alike.
 */
public final class EhrClients {

	private final Map<EhrId, EhrClient> clients = new LinkedHashMap<>();

	EhrClients(Collection<EhrClient> clients) {
		clients.forEach(client -> this.clients.put(client.ehrId(), client));
	}

	/** The client of an EHR, if one with that id is configured. */
	public Optional<EhrClient> find(EhrId ehrId) {
		return Optional.ofNullable(clients.get(ehrId));
	}

	/**
	 * The client of a configured EHR.
	 * @throws IllegalArgumentException if no EHR has that id
	 */
	public EhrClient get(EhrId ehrId) {
		return find(ehrId).orElseThrow(() -> new IllegalArgumentException("No EHR '" + ehrId + "' is configured"));
	}

	/** Every client, in configuration order. */
	public Collection<EhrClient> all() {
		return clients.values();
	}

}
