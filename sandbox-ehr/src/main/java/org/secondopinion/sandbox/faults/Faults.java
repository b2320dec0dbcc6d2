package org.secondopinion.sandbox.faults;

import java.util.OptionalInt;
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
 * Injects faults into the FHIR endpoint, for resilience tests and demos.
 * <ul>
 * <li>{@link #putMalformed}: a resource that is valid JSON but not valid FHIR whenever the server sends it (read or
 * search, JSON only), while the rest of a search Bundle stays valid.</li>
 * <li>{@link #failNext}: the next requests to {@code /fhir/*} (except {@code /fhir/metadata}) fail with a status.</li>
 * </ul>
 */
@Component
public class Faults {

	/** The URL of the extension that marks a resource to be sent malformed. */
	public static final String MARKER_URL = "urn:second-opinion:sandbox:fault";

	/** The value of the marker extension of a malformed resource. */
	public static final String MALFORMED = "malformed";

	private final FhirStore store;

	private final AtomicReference<PlannedFailures> failures = new AtomicReference<>(PlannedFailures.NONE);

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

	/**
	 * Makes the next {@code count} requests to {@code /fhir/*} (except metadata) answer with {@code httpStatus}, a
	 * {@code Retry-After: 1} header and an OperationOutcome; replaces failures planned earlier.
	 */
	public void failNext(int count, int httpStatus) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative: " + count);
		}
		if (httpStatus < 400 || httpStatus > 599) {
			throw new IllegalArgumentException("httpStatus must be an error status (4xx or 5xx): " + httpStatus);
		}
		failures.set(new PlannedFailures(count, httpStatus));
	}

	/** Cancels planned failures and removes the malformed resources from the store. */
	public void clearFaults() {
		failures.set(PlannedFailures.NONE);
		for (StoredFault fault : malformed) {
			store.expunge(fault.type(), fault.id());
			malformed.remove(fault);
		}
	}

	/** Takes one planned failure, if there is one left: its HTTP status. */
	OptionalInt takeFailure() {
		PlannedFailures before = failures.getAndUpdate(PlannedFailures::afterOne);
		return before.remaining() > 0 ? OptionalInt.of(before.status()) : OptionalInt.empty();
	}

	private record PlannedFailures(int remaining, int status) {

		static final PlannedFailures NONE = new PlannedFailures(0, 0);

		PlannedFailures afterOne() {
			return remaining > 0 ? new PlannedFailures(remaining - 1, status) : this;
		}

	}

	private record StoredFault(Class<? extends Resource> type, String id) {
	}

}
