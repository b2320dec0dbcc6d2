package org.secondopinion.sandbox.server;

import java.util.Date;

import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntryTransactionMethodEnum;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceFactory;
import org.secondopinion.sandbox.store.StoredVersion;

/**
 * Versions as HAPI writes them into a history Bundle: each carries the method that wrote it (POST, PUT or DELETE),
 * which becomes the entry's {@code request.method}; a tombstone is an empty resource of its type that HAPI leaves out,
 * keeping only the entry's {@code fullUrl}, {@code request} and {@code response}.
 */
final class HistoryEntries {

	private HistoryEntries() {
	}

	static IBaseResource entry(StoredVersion version) {
		Resource resource = version.deleted() ? tombstone(version) : version.resource();
		ResourceMetadataKeyEnum.ENTRY_TRANSACTION_METHOD.put(resource,
				BundleEntryTransactionMethodEnum.valueOf(version.method().name()));
		return resource;
	}

	private static Resource tombstone(StoredVersion version) {
		Resource tombstone = ResourceFactory.createResource(version.resourceType());
		tombstone.setIdElement(new IdType(version.resourceType(), version.id(), version.versionId()));
		tombstone.getMeta().setVersionId(version.versionId()).setLastUpdated(Date.from(version.lastUpdated()));
		return tombstone;
	}

}
