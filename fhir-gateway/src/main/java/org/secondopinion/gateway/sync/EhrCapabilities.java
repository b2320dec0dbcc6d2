package org.secondopinion.gateway.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.secondopinion.events.EhrId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.secondopinion.gateway.ehr.EhrUnavailableException;
import org.secondopinion.gateway.ingest.ConnectedEhrs;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What each EHR's CapabilityStatement ({@code GET [base]/metadata}) says it offers, read on the first pass and again
 * every {@link #REFRESH}: which resource types it serves, and for which it answers a type-level {@code _history}
 * (the only way to see deletes). The sync skips a type the EHR does not serve and tracks deletes only where it can,
 * and says so in {@code GET /api/v1/sync}. An EHR whose CapabilityStatement cannot be read (asked again after
 * {@link #RETRY}) is taken to offer every type and interaction: a pass then fails where the EHR refuses, and
 * reports that.
 */
@Component
public class EhrCapabilities {

	private static final Logger log = LoggerFactory.getLogger(EhrCapabilities.class);

	static final Duration REFRESH = Duration.ofMinutes(10);

	/** How soon a CapabilityStatement that could not be read is asked for again. */
	static final Duration RETRY = Duration.ofSeconds(30);

	private final Map<EhrId, Capabilities> byEhr = new ConcurrentHashMap<>();

	private final Clock clock;

	EhrCapabilities(Clock clock) {
		this.clock = clock;
	}

	/** The EHR's capabilities, read now if never read or older than {@link #REFRESH}. */
	Capabilities of(ConnectedEhrs.Connected ehr) {
		Capabilities known = byEhr.get(ehr.id());
		if (known != null && known.readAt().plus(known.declared() ? REFRESH : RETRY).isAfter(clock.instant())) {
			return known;
		}
		Capabilities read = read(ehr);
		byEhr.put(ehr.id(), read);
		return read;
	}

	/** What was last read for the EHR, without asking it; empty before the first pass. */
	public Optional<Capabilities> known(EhrId ehrId) {
		return Optional.ofNullable(byEhr.get(ehrId));
	}

	private Capabilities read(ConnectedEhrs.Connected ehr) {
		try {
			JsonNode statement = ehr.client().read(URI.create(ehr.client().baseUrl() + "/metadata"));
			Set<String> types = new HashSet<>();
			Set<String> withHistory = new HashSet<>();
			for (JsonNode rest : statement.path("rest")) {
				if (!"server".equals(rest.path("mode").asString("server"))) {
					continue;
				}
				for (JsonNode resource : rest.path("resource")) {
					String type = resource.path("type").asString("");
					types.add(type);
					for (JsonNode interaction : resource.path("interaction")) {
						if ("history-type".equals(interaction.path("code").asString(""))) {
							withHistory.add(type);
						}
					}
				}
			}
			if (types.isEmpty()) {
				log.warn("The CapabilityStatement of EHR {} lists no resource types; syncing every configured type",
						ehr.id());
				return Capabilities.unknown(clock.instant());
			}
			return new Capabilities(true, Set.copyOf(types), Set.copyOf(withHistory), clock.instant());
		}
		catch (EhrUnavailableException ex) {
			log.warn("Could not read the CapabilityStatement of EHR {}: {}", ehr.id(), ex.getMessage());
			return Capabilities.unknown(clock.instant());
		}
	}

	/**
	 * What an EHR offers.
	 * @param declared whether it was read from a CapabilityStatement (else every type and interaction is assumed)
	 */
	public record Capabilities(boolean declared, Set<String> types, Set<String> typesWithHistory, Instant readAt) {

		static Capabilities unknown(Instant at) {
			return new Capabilities(false, Set.of(), Set.of(), at);
		}

		/** Whether the EHR serves (searches) the type. */
		public boolean serves(String type) {
			return !declared || types.contains(type);
		}

		/** Whether the EHR answers {@code [type]/_history}, so that deletes of the type can be seen. */
		public boolean historyOf(String type) {
			return !declared || typesWithHistory.contains(type);
		}

	}

}
