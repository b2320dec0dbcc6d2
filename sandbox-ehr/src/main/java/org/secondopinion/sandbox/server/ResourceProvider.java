package org.secondopinion.sandbox.server;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.Delete;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Since;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.CreateOutcome;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;
import org.secondopinion.sandbox.store.StoredVersion;
import org.secondopinion.sandbox.store.StoredVersions;

/**
 * Read, vread, create, update, delete and history of one resource type over the {@link FhirStore}; subclasses add
 * the search that fits the type. HAPI finds the annotated methods of this class when it scans a subclass.
 */
abstract class ResourceProvider implements IResourceProvider {

	private final Class<? extends Resource> type;

	private final FhirStore store;

	ResourceProvider(Class<? extends Resource> type, FhirStore store) {
		this.type = type;
		this.store = store;
	}

	@Override
	public Class<? extends IBaseResource> getResourceType() {
		return type;
	}

	/** Reads the current version or, with a version id, that version; a deleted one is 410 Gone. */
	@Read(version = true)
	public IBaseResource read(@IdParam IdType id) {
		Optional<StoredVersion> found = id.hasVersionIdPart()
				? store.version(type, id.getIdPart(), id.getVersionIdPart()) : store.latest(type, id.getIdPart());
		StoredVersion version = found.orElseThrow(() -> new ResourceNotFoundException(id));
		if (version.deleted()) {
			throw new ResourceGoneException(id.withVersion(version.versionId()));
		}
		return version.resource();
	}

	/** Deletes the resource, keeping a tombstone in its history; deleting it again is no error. */
	@Delete
	public MethodOutcome delete(@IdParam IdType id) {
		if (!store.delete(type, id.getIdPart()) && store.latest(type, id.getIdPart()).isEmpty()) {
			throw new ResourceNotFoundException(id);
		}
		return new MethodOutcome();
	}

	/** The history of this type, newest first: every version and deletion, since {@code _since} if given. */
	@History
	public IBundleProvider typeHistory(@Since @Nullable InstantType since, RequestDetails request) {
		return HistoryPaging.page(request, until -> store.history(type, instant(since), until));
	}

	/** The history of one resource, newest first. */
	@History
	public IBundleProvider instanceHistory(@IdParam IdType id, @Since @Nullable InstantType since,
			RequestDetails request) {
		if (store.latest(type, id.getIdPart()).isEmpty()) {
			throw new ResourceNotFoundException(id);
		}
		return HistoryPaging.page(request, until -> store.history(type, id.getIdPart(), instant(since), until));
	}

	/**
	 * Creates the resource under an id the store assigns; with {@code If-None-Exist: identifier=system|value}, only if
	 * no resource of the type has that identifier, else answers 200 with the one that has.
	 */
	@Create
	public MethodOutcome create(@ResourceParam IBaseResource resource,
			@ConditionalUrlParam @Nullable String conditionalUrl) {
		if (conditionalUrl == null) {
			Resource stored = store.create(type.cast(resource));
			return new MethodOutcome(stored.getIdElement(), true).setResource(stored);
		}
		CreateOutcome<? extends Resource> outcome;
		try {
			outcome = store.createIfNoneExist(type.cast(resource), ConditionalCreate.identifier(conditionalUrl));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw new PreconditionFailedException(ex.getMessage());
		}
		return new MethodOutcome(outcome.resource().getIdElement(), outcome.created())
			.setResource(outcome.resource());
	}

	/**
	 * Creates the resource under the given id if it is absent ("update as create"). As a conditional update
	 * ({@code PUT [type]?identifier=system|value}), updates the one resource with the identifier, or creates one if
	 * none has it; several matches are 412 Precondition Failed.
	 */
	@Update
	public MethodOutcome update(@IdParam @Nullable IdType id, @ResourceParam IBaseResource resource,
			@ConditionalUrlParam @Nullable String conditionalUrl) {
		Resource incoming = type.cast(resource);
		if (conditionalUrl != null && (id == null || !id.hasIdPart())) {
			return conditionalUpdate(incoming, ConditionalCreate.identifier(conditionalUrl));
		}
		if (id == null || !id.hasIdPart()) {
			throw new InvalidRequestException("An update needs an id or a condition");
		}
		incoming.setId(id.getIdPart());
		Resource stored = store.put(incoming);
		boolean created = "1".equals(stored.getMeta().getVersionId());
		return new MethodOutcome(stored.getIdElement(), created).setResource(stored);
	}

	private MethodOutcome conditionalUpdate(Resource incoming, String identifier) {
		incoming.setId((String) null);
		CreateOutcome<? extends Resource> outcome;
		try {
			outcome = store.createIfNoneExist(incoming, identifier);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw new PreconditionFailedException(ex.getMessage());
		}
		if (outcome.created()) {
			return new MethodOutcome(outcome.resource().getIdElement(), true).setResource(outcome.resource());
		}
		incoming.setId(outcome.resource().getIdElement().getIdPart());
		Resource stored = store.put(incoming);
		return new MethodOutcome(stored.getIdElement(), false).setResource(stored);
	}

	/**
	 * Searches the store; results are always in ascending order of {@code _lastUpdated}, then id.
	 * @param ids the {@code _id} parameter, if given
	 * @param includes the {@code _include} parameters, of which those of the patient are honoured
	 */
	IBundleProvider search(ResourceQuery query, @Nullable TokenOrListParam ids, @Nullable DateRangeParam lastUpdated,
			@Nullable SortSpec sort, @Nullable Set<Include> includes) {
		requireSupported(sort);
		LastUpdatedRange range = LastUpdatedRange.of(lastUpdated);
		ResourceQuery ranged = query.updatedBetween(range.from(), range.before()).withIds(values(ids));
		StoredVersions found = store.find(type, ranged);
		if (!PatientIncludes.requested(type.getSimpleName(), includes)) {
			return StoredBundle.of(found);
		}
		return new StoredBundle(StoredBundle.pages(found),
				page -> PatientIncludes.resolve(StoredBundle.matches(page), store));
	}

	private static Set<String> values(@Nullable TokenOrListParam ids) {
		if (ids == null) {
			return Set.of();
		}
		return ids.getValuesAsQueryTokens().stream().map(TokenParam::getValue).collect(Collectors.toSet());
	}

	static @Nullable Instant instant(@Nullable InstantType value) {
		return value == null || value.getValue() == null ? null : value.getValue().toInstant();
	}

	static IBundleProvider nothing() {
		return new SimpleBundleProvider(List.of());
	}

	private static void requireSupported(@Nullable SortSpec sort) {
		if (sort == null) {
			return;
		}
		boolean ascendingLastUpdated = Constants.PARAM_LASTUPDATED.equals(sort.getParamName())
				&& sort.getOrder() != SortOrderEnum.DESC && sort.getChain() == null;
		if (!ascendingLastUpdated) {
			throw new InvalidRequestException("Only _sort=_lastUpdated is supported: results are always in "
					+ "ascending order of _lastUpdated, then id");
		}
	}

}
