package org.secondopinion.sandbox.subscriptions;

import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.Delete;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionStatus;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;
import org.secondopinion.sandbox.store.StoredVersion;
import org.springframework.stereotype.Component;

/**
 * {@code Subscription} over FHIR: create and update check what the sandbox supports (422 otherwise) and make the
 * subscription {@code active} (unless the client sets {@code off}); read, delete and search as for other types.
 */
@Component
class SubscriptionProvider implements IResourceProvider {

	private final FhirStore store;

	private final FhirContext context;

	private final ActiveSubscriptions subscriptions;

	SubscriptionProvider(FhirStore store, FhirContext context, ActiveSubscriptions subscriptions) {
		this.store = store;
		this.context = context;
		this.subscriptions = subscriptions;
	}

	@Override
	public Class<? extends IBaseResource> getResourceType() {
		return Subscription.class;
	}

	@Create
	public MethodOutcome create(@ResourceParam Subscription subscription, RequestDetails request) {
		Subscription stored = store.create(checked(subscription));
		subscriptions.createdAt(stored.getIdPart(), request.getFhirServerBase());
		return new MethodOutcome(stored.getIdElement(), true).setResource(stored);
	}

	@Update
	public MethodOutcome update(@IdParam IdType id, @ResourceParam Subscription subscription, RequestDetails request) {
		subscription.setId(id.getIdPart());
		subscriptions.createdAt(id.getIdPart(), request.getFhirServerBase());
		Subscription stored = store.put(checked(subscription));
		return new MethodOutcome(stored.getIdElement(), "1".equals(stored.getMeta().getVersionId()))
			.setResource(stored);
	}

	@Read(version = true)
	public Subscription read(@IdParam IdType id) {
		StoredVersion version = (id.hasVersionIdPart()
				? store.version(Subscription.class, id.getIdPart(), id.getVersionIdPart())
				: store.latest(Subscription.class, id.getIdPart()))
			.orElseThrow(() -> new ResourceNotFoundException(id));
		if (version.deleted()) {
			throw new ResourceGoneException(id);
		}
		return (Subscription) version.resource();
	}

	@Delete
	public MethodOutcome delete(@IdParam IdType id) {
		if (!store.delete(Subscription.class, id.getIdPart())
				&& store.latest(Subscription.class, id.getIdPart()).isEmpty()) {
			throw new ResourceNotFoundException(id);
		}
		return new MethodOutcome();
	}

	@Search
	public IBundleProvider search(@OptionalParam(name = Constants.PARAM_ID) @Nullable TokenParam id) {
		ResourceQuery query = id == null ? ResourceQuery.all() : ResourceQuery.byIds(Set.of(id.getValue()));
		return new SimpleBundleProvider(store.search(Subscription.class, query));
	}

	private Subscription checked(Subscription subscription) {
		try {
			SubscriptionRules.read(subscription, context);
		}
		catch (IllegalArgumentException ex) {
			throw new UnprocessableEntityException(ex.getMessage());
		}
		if (subscription.getStatus() != SubscriptionStatus.OFF) {
			subscription.setStatus(SubscriptionStatus.ACTIVE);
			subscription.setError(null);
		}
		return subscription;
	}

}
