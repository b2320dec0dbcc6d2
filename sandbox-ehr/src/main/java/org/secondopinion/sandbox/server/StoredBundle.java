package org.secondopinion.sandbox.server;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.StoredVersion;
import org.secondopinion.sandbox.store.StoredVersions;

/**
 * A search or history result for HAPI's paging: the store's frozen result, parsed a page at a time. HAPI keeps it in
 * its paging provider, so the {@code next} links of a search page through the same result however the store
 * changes meanwhile.
 */
final class StoredBundle implements IBundleProvider {

	private final Pages versions;

	private final Function<List<StoredVersion>, List<IBaseResource>> toResources;

	StoredBundle(Pages versions, Function<List<StoredVersion>, List<IBaseResource>> toResources) {
		this.versions = versions;
		this.toResources = toResources;
	}

	/** A search result: every version has content. */
	static StoredBundle of(StoredVersions versions) {
		return new StoredBundle(pages(versions), StoredBundle::matches);
	}

	/** The resources of a page of search results, each marked as a match (as opposed to an include). */
	static List<IBaseResource> matches(List<StoredVersion> page) {
		return page.stream().<IBaseResource>map(version -> {
			Resource resource = version.resource();
			ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(resource, BundleEntrySearchModeEnum.MATCH);
			return resource;
		}).toList();
	}

	static Pages pages(StoredVersions versions) {
		return new Pages() {

			@Override
			public int size() {
				return versions.size();
			}

			@Override
			public List<StoredVersion> get(int from, int to) {
				return versions.get(from, to);
			}

			@Override
			public Instant asOf() {
				return versions.asOf();
			}

		};
	}

	@Override
	public IPrimitiveType<Date> getPublished() {
		return new InstantType(Date.from(versions.asOf()));
	}

	@Override
	public List<IBaseResource> getResources(int fromIndex, int toIndex) {
		return toResources.apply(versions.get(fromIndex, toIndex));
	}

	@Override
	public @Nullable String getUuid() {
		return null;
	}

	@Override
	public @Nullable Integer preferredPageSize() {
		return null;
	}

	@Override
	public Integer size() {
		return versions.size();
	}

	/** What a bundle pages through: the store's frozen result, or a part of it. */
	interface Pages {

		int size();

		List<StoredVersion> get(int from, int to);

		Instant asOf();

	}

}
