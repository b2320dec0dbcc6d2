package org.secondopinion.assessment.criteria;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ca.uhn.fhir.context.FhirContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the hierarchical filters of every value set in force expanded. Offline (no {@code terminology.base-url}), the
 * expansion shipped in each file is used as it is. With a terminology server, each value set's {@code is-a} filters
 * are sent to {@code ValueSet/$expand} at start-up and every {@code refresh-interval}; a success replaces the
 * expansion, a failure keeps the last good one (shipped or fetched) and shows in the {@code terminology} health
 * component and the {@code assessment.terminology.expansion.failures} counter.
 */
@Component
class ValueSetExpansions implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ValueSetExpansions.class);

	/** The latest attempt for one value set. */
	record State(String valueSet, @Nullable Instant lastSuccessAt, @Nullable Instant lastFailureAt,
			@Nullable String lastError, String inForce) {

		boolean failing() {
			return lastFailureAt != null && (lastSuccessAt == null || lastFailureAt.isAfter(lastSuccessAt));
		}

	}

	/** Each value set with is-a filters by its URL, with every rule's copy of it (one file may serve two rules). */
	private final Map<String, List<CodeSet>> valueSets = new LinkedHashMap<>();

	private final Map<String, State> states = new ConcurrentHashMap<>();

	private final @Nullable TerminologyClient client;

	private final TerminologySettings settings;

	private final MeterRegistry meters;

	private final Clock clock;

	private volatile @Nullable ScheduledExecutorService scheduler;

	/** The meters default to a registry of their own where the application has none (the rules alone, in tests). */
	@Autowired
	ValueSetExpansions(List<Criterion> criteria, SecondOpinionsOnRecord secondOpinions, FhirContext fhir,
			TerminologySettings settings, ObjectProvider<MeterRegistry> meters) {
		this(all(criteria, secondOpinions), settings.baseUrl() == null ? null
				: new TerminologyClient(fhir, settings.baseUrl(), settings.timeout(), settings.pageSize(),
						settings.maxCodes()), settings, meters.getIfAvailable(SimpleMeterRegistry::new),
				Clock.systemUTC());
	}

	ValueSetExpansions(Collection<CodeSet> sets, @Nullable TerminologyClient client, TerminologySettings settings,
			MeterRegistry meters, Clock clock) {
		this.client = client;
		this.settings = settings;
		this.meters = meters;
		this.clock = clock;
		for (CodeSet set : sets) {
			if (set.hasHierarchies()) {
				List<CodeSet> copies = valueSets.computeIfAbsent(set.url(), url -> new ArrayList<>());
				if (copies.stream().noneMatch(copy -> copy == set)) {
					copies.add(set);
				}
			}
		}
		valueSets.forEach((url, copies) -> states.put(url, new State(url, null, null, null, copies.get(0).describe())));
		meters.gauge("assessment.terminology.expansion.failing", states,
				s -> s.values().stream().filter(State::failing).count());
	}

	private static List<CodeSet> all(List<Criterion> criteria, SecondOpinionsOnRecord secondOpinions) {
		List<CodeSet> sets = new ArrayList<>(secondOpinions.valueSets());
		criteria.forEach(c -> sets.addAll(c.valueSets()));
		return sets;
	}

	/** Fetches every expansion once; each value set on its own, so one failure leaves the others current. */
	void refresh() {
		if (client == null) {
			return;
		}
		for (Map.Entry<String, List<CodeSet>> entry : valueSets.entrySet()) {
			String url = entry.getKey();
			CodeSet set = entry.getValue().get(0);
			State before = states.get(url);
			Instant now = clock.instant();
			try {
				var expansion = client.expand(set.hierarchiesToExpand());
				Expansion fetched = Expansion.of(expansion, client.base().toString(), false);
				Expansion current = set.expansion();
				if (fetched.size() == 0 && current != null && current.size() > 0) {
					throw new TerminologyClient.TerminologyException("The server expanded " + url
							+ " to no codes; the server may lack the code system");
				}
				Expansion dated = fetched.timestamp() == null
						? new Expansion(fetched.codesBySystem(), fetched.source(), now, false) : fetched;
				entry.getValue().forEach(copy -> copy.expandWith(dated));
				states.put(url, new State(url, now, before.lastFailureAt(), before.lastError(), set.describe()));
				meters.counter("assessment.terminology.expansion.refreshes", "value-set", url).increment();
			}
			catch (RuntimeException ex) {
				Counter failures = meters.counter("assessment.terminology.expansion.failures", "value-set", url);
				failures.increment();
				states.put(url, new State(url, before.lastSuccessAt(), now, ex.getMessage(), set.describe()));
				log.warn("Keeping the last good expansion of {}: {}", url, ex.getMessage());
			}
		}
	}

	/** The latest attempt per value set with is-a filters. */
	List<State> states() {
		return List.copyOf(states.values());
	}

	boolean online() {
		return client != null;
	}

	@Nullable String server() {
		return client == null ? null : client.base().toString();
	}

	@Override
	public void start() {
		if (client == null || valueSets.isEmpty()) {
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
				Thread.ofVirtual().name("terminology-refresh").factory());
		long period = settings.refreshInterval().toMillis();
		executor.scheduleWithFixedDelay(this::refreshQuietly, 0, period, TimeUnit.MILLISECONDS);
		scheduler = executor;
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Terminology refresh failed: {}", ex.getMessage());
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = scheduler;
		if (executor != null) {
			executor.shutdownNow();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
