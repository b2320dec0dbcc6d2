package org.secondopinion.sandbox.subscriptions;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionStatus;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;
import org.secondopinion.sandbox.store.ResourceWritten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The active subscriptions, kept in step with the Subscriptions in the store (however they were written), and the
 * store listener that turns every matching write into a notification for each of them.
 */
@Component
class ActiveSubscriptions implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ActiveSubscriptions.class);

	private static final String SUBSCRIPTION = "Subscription";

	private final FhirStore store;

	private final FhirContext context;

	private final Notifier notifier;

	private final Clock clock;

	private final Map<String, Active> active = new ConcurrentHashMap<>();

	/** The server base each subscription was created at, for absolute references in its notifications. */
	private final Map<String, String> bases = new ConcurrentHashMap<>();

	ActiveSubscriptions(FhirStore store, FhirContext context, Notifier notifier, Clock clock) {
		this.store = store;
		this.context = context;
		this.notifier = notifier;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		store.addListener(this::written);
		store.search(Subscription.class, ResourceQuery.all()).forEach(this::refresh);
	}

	/** Remembers where a subscription was created, so that its notifications carry absolute URLs. */
	void createdAt(String subscriptionId, String base) {
		bases.put(subscriptionId, base);
	}

	private void written(ResourceWritten written) {
		if (SUBSCRIPTION.equals(written.resourceType())) {
			Optional<Subscription> current = store.read(Subscription.class, written.id());
			current.ifPresentOrElse(this::refresh, () -> active.remove(written.id()));
			return;
		}
		for (Map.Entry<String, Active> subscription : active.entrySet()) {
			Active candidate = subscription.getValue();
			if (candidate.parts().criteria().matches(written)) {
				notify(subscription.getKey(), candidate, written);
			}
		}
	}

	private void notify(String id, Active subscription, ResourceWritten written) {
		long eventNumber = subscription.events().incrementAndGet();
		String body = context.newJsonParser()
			.encodeResourceToString(NotificationBundle.of(id, bases.get(id), subscription.parts().idOnly(),
					eventNumber, written, clock.instant()));
		notifier.send(new Notifier.Delivery(id, eventNumber, subscription.parts().endpoint(),
				subscription.parts().headers(), body));
	}

	private void refresh(Subscription subscription) {
		String id = subscription.getIdElement().getIdPart();
		if (subscription.getStatus() != SubscriptionStatus.ACTIVE) {
			active.remove(id);
			return;
		}
		try {
			SubscriptionRules.Parts parts = SubscriptionRules.read(subscription, context);
			active.compute(id, (key, before) -> new Active(parts, before == null ? new AtomicLong() : before.events()));
		}
		catch (IllegalArgumentException ex) {
			log.warn("Subscription/{} is active but not supported, so it notifies nothing: {}", id, ex.getMessage());
			active.remove(id);
		}
	}

	/** An active subscription: what it asks for, and how many events it has had. */
	private record Active(SubscriptionRules.Parts parts, AtomicLong events) {
	}

}
