package org.secondopinion.sandbox.faults;

import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceFactory;
import org.hl7.fhir.r4.model.StringType;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.PatientLinks;
import org.springframework.stereotype.Component;

/**
 * Injects the faults real EHRs show into the FHIR endpoint, for resilience tests and demos. Every switch applies to
 * requests to {@code /fhir/*} except {@code /fhir/metadata}, until {@link #clearFaults()}.
 * <ul>
 * <li>{@link #delayResponses}: every request waits before it is served.</li>
 * <li>{@link #failNext}: the next requests fail with a status (429, 500, 503...), {@code Retry-After} and an
 * OperationOutcome.</li>
 * <li>{@link #dropConnectionNext}: the next responses stop after some bytes of the body and the connection closes.</li>
 * <li>{@link #repeatLastEntryOnNextPage}: each page of a search or history starts with the last entry of the page
 * before, as EHRs that page by offset over changing data do.</li>
 * <li>{@link #capPageSize}: pages hold at most so many entries whatever {@code _count} asks, and the {@code next}
 * links say so.</li>
 * <li>{@link #putMalformed}: a resource that is valid JSON but not valid FHIR whenever the server sends it (read or
 * search, JSON only), while the rest of a search Bundle stays valid.</li>
 * </ul>
 * The same switches are at {@code /admin/faults} over HTTP.
 */
@Component
public class Faults {

	/** The URL of the extension that marks a resource to be sent malformed. */
	public static final String MARKER_URL = "urn:second-opinion:sandbox:fault";

	/** The value of the marker extension of a malformed resource. */
	public static final String MALFORMED = "malformed";

	/** How many bytes of the body a dropped response sends unless told otherwise. */
	public static final int DEFAULT_DROP_AFTER_BYTES = 512;

	private final FhirStore store;

	private final AtomicReference<Duration> latency = new AtomicReference<>(Duration.ZERO);

	private final AtomicReference<Planned> failures = new AtomicReference<>(Planned.NONE);

	private final AtomicReference<Planned> drops = new AtomicReference<>(Planned.NONE);

	private volatile boolean repeatLastEntry;

	private volatile int pageSizeCap;

	private final Set<StoredFault> malformed = ConcurrentHashMap.newKeySet();

	Faults(FhirStore store) {
		this.store = store;
	}

	/**
	 * Stores a resource of the given type about the patient that the server sends as invalid FHIR. It is stored and
	 * versioned like any other resource (it appears in {@code _lastUpdated} searches), but on the wire its marker
	 * extension is replaced by {@code "effectiveDateTime":"not-a-date","status":{"bogus":true}}, which a strict parser
	 * rejects.
	 * @param resourceType a resource type linked to a patient (Condition, Observation, Task, Coverage...), or Patient
	 * (then {@code patientId} must equal {@code id})
	 * @return the stored resource, as it is in the store (with its marker extension)
	 */
	public Resource putMalformed(String resourceType, String id, String patientId) {
		Resource resource = ResourceFactory.createResource(resourceType);
		if (!(resource instanceof DomainResource domainResource)) {
			throw new IllegalArgumentException(resourceType + " cannot carry the fault marker");
		}
		domainResource.setId(id);
		PatientLinks.linkTo(domainResource, patientId);
		domainResource.addExtension(MARKER_URL, new StringType(MALFORMED));
		Resource stored = store.put(domainResource);
		malformed.add(new StoredFault(domainResource.getClass(), id));
		return stored;
	}

	/** Makes every request wait this long before it is served; {@link Duration#ZERO} for none. */
	public void delayResponses(Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("delay must not be negative: " + delay);
		}
		latency.set(delay);
	}

	/**
	 * Makes the next {@code count} requests answer with {@code httpStatus}, a {@code Retry-After: 1} header and an
	 * OperationOutcome; replaces failures planned earlier.
	 */
	public void failNext(int count, int httpStatus) {
		failNext(count, httpStatus, Duration.ofSeconds(1));
	}

	/**
	 * Makes the next {@code count} requests answer with {@code httpStatus}, a {@code Retry-After} header of the given
	 * whole seconds and an OperationOutcome; replaces failures planned earlier.
	 */
	public void failNext(int count, int httpStatus, Duration retryAfter) {
		requireCount(count);
		if (httpStatus < 400 || httpStatus > 599) {
			throw new IllegalArgumentException("httpStatus must be an error status (4xx or 5xx): " + httpStatus);
		}
		if (retryAfter.isNegative()) {
			throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
		}
		failures.set(new Planned(count, httpStatus, retryAfter.toSeconds()));
	}

	/**
	 * Makes the next {@code count} responses send only the first {@code afterBytes} bytes of their body (fewer than
	 * their {@code Content-Length} says) and close the connection; replaces drops planned earlier.
	 */
	public void dropConnectionNext(int count, int afterBytes) {
		requireCount(count);
		if (afterBytes < 0) {
			throw new IllegalArgumentException("afterBytes must not be negative: " + afterBytes);
		}
		drops.set(new Planned(count, afterBytes, 0));
	}

	/** Makes each page of a search or history start with the last entry of the page before it. */
	public void repeatLastEntryOnNextPage(boolean repeat) {
		repeatLastEntry = repeat;
	}

	/** Caps the entries of a page whatever {@code _count} asks for; 0 removes the cap. */
	public void capPageSize(int maxEntries) {
		if (maxEntries < 0) {
			throw new IllegalArgumentException("maxEntries must not be negative: " + maxEntries);
		}
		pageSizeCap = maxEntries;
	}

	/** Turns every switch off and removes the malformed resources from the store, as if never written. */
	public void clearFaults() {
		latency.set(Duration.ZERO);
		failures.set(Planned.NONE);
		drops.set(Planned.NONE);
		repeatLastEntry = false;
		pageSizeCap = 0;
		for (StoredFault fault : malformed) {
			store.expunge(fault.type(), fault.id());
			malformed.remove(fault);
		}
	}

	/** How the switches are set now. */
	public FaultState state() {
		Planned failing = failures.get();
		Planned dropping = drops.get();
		return new FaultState(latency.get().toMillis(),
				new FaultState.Failures(failing.remaining(), failing.value(), failing.extra()),
				new FaultState.Drops(dropping.remaining(), dropping.value()), repeatLastEntry, pageSizeCap,
				malformed.stream()
					.map(fault -> fault.type().getSimpleName() + "/" + fault.id())
					.sorted(Comparator.naturalOrder())
					.toList());
	}

	Duration latency() {
		return latency.get();
	}

	/** Takes one planned failure, if there is one left. */
	Optional<Failure> takeFailure() {
		Planned before = failures.getAndUpdate(Planned::afterOne);
		return before.remaining() > 0 ? Optional.of(new Failure(before.value(), before.extra()))
				: Optional.empty();
	}

	/** Takes one planned drop, if there is one left: after how many bytes of the body. */
	Optional<Integer> takeDrop() {
		Planned before = drops.getAndUpdate(Planned::afterOne);
		return before.remaining() > 0 ? Optional.of(before.value()) : Optional.empty();
	}

	boolean repeatsLastEntry() {
		return repeatLastEntry;
	}

	int pageSizeCap() {
		return pageSizeCap;
	}

	private static void requireCount(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative: " + count);
		}
	}

	/** A failure to answer with: the HTTP status and the seconds of its {@code Retry-After}. */
	record Failure(int status, long retryAfterSeconds) {
	}

	/** Faults planned for the next {@code remaining} requests, with their parameters. */
	private record Planned(int remaining, int value, long extra) {

		static final Planned NONE = new Planned(0, 0, 0);

		Planned afterOne() {
			return remaining > 0 ? new Planned(remaining - 1, value, extra) : this;
		}

	}

	private record StoredFault(Class<? extends Resource> type, String id) {
	}

}
