package org.secondopinion.sandbox.population;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * What the references in Synthea's bundles may name, and the plain {@code Type/id} reference to each: full URLs
 * ({@code urn:uuid:...}), conditional references ({@code Type?identifier=system|value}) and references by identifier
 * only. The targets of a patient's bundle fall back on those of the shared bundles.
 */
final class ReferenceTargets {

	private static final String URN_UUID = "urn:uuid:";

	/** Marks an identifier that more than one resource has: a reference by it names nothing. */
	private static final String AMBIGUOUS = "";

	private final @Nullable ReferenceTargets parent;

	/** Full URLs and conditional references, to {@code Type/id}. */
	private final Map<String, String> byUrl = new HashMap<>();

	/** {@code system|value} of every identifier, to {@code Type/id}, or to {@link #AMBIGUOUS}. */
	private final Map<String, String> byIdentifier = new HashMap<>();

	ReferenceTargets(@Nullable ReferenceTargets parent) {
		this.parent = parent;
	}

	void add(BundleEntryComponent entry) {
		Resource resource = entry.getResource();
		String target = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
		if (entry.hasFullUrl()) {
			byUrl.put(entry.getFullUrl(), target);
		}
		byUrl.put(URN_UUID + resource.getIdElement().getIdPart(), target);
		for (Identifier identifier : identifiers(resource)) {
			String key = identifier.getSystem() + "|" + identifier.getValue();
			byUrl.put(resource.fhirType() + "?identifier=" + key, target);
			byIdentifier.merge(key, target, (first, second) -> first.equals(second) ? first : AMBIGUOUS);
		}
	}

	/** Makes the reference plain if it is one of Synthea's kinds; returns whether it names something. */
	boolean resolve(Reference reference) {
		if (reference.hasReference()) {
			String url = reference.getReference();
			if (!url.startsWith(URN_UUID) && !url.contains("?")) {
				return true;
			}
			String target = byUrl(url);
			if (target != null) {
				reference.setReference(target);
			}
			return target != null;
		}
		if (reference.hasIdentifier()) {
			Identifier identifier = reference.getIdentifier();
			String target = byIdentifier(identifier.getSystem() + "|" + identifier.getValue());
			if (target != null && !target.equals(AMBIGUOUS)) {
				reference.setReference(target);
			}
		}
		return true;
	}

	private @Nullable String byUrl(String url) {
		String target = byUrl.get(url);
		return target != null || parent == null ? target : parent.byUrl(url);
	}

	private @Nullable String byIdentifier(String key) {
		String target = byIdentifier.get(key);
		return target != null || parent == null ? target : parent.byIdentifier(key);
	}

	private static List<Identifier> identifiers(Resource resource) {
		Property property = resource.getNamedProperty("identifier");
		if (property == null) {
			return List.of();
		}
		return property.getValues()
			.stream()
			.filter(Identifier.class::isInstance)
			.map(Identifier.class::cast)
			.filter(identifier -> identifier.hasSystem() && identifier.hasValue())
			.toList();
	}

}
