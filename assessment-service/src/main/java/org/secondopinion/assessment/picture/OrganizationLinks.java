package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/** Reads organisation references out of FHIR references, and orders a picture's links for a flag. */
final class OrganizationLinks {

	/** How many references of one source a flag carries at most: the latest ones. */
	static final int PER_SOURCE = 5;

	private static final List<String> SOURCES = List.of(OrganizationReference.MANAGING_ORGANIZATION,
			OrganizationReference.ENCOUNTER_SERVICE_PROVIDER, OrganizationReference.ENCOUNTER_LOCATION,
			OrganizationReference.REQUESTER);

	private OrganizationLinks() {
	}

	/** The link a FHIR reference makes, or {@code null} when it names nothing (no reference, no identifier). */
	static @Nullable OrganizationLink of(String source, Reference reference, @Nullable Instant at) {
		String literal = FhirValues.plain(reference);
		String system = null;
		String value = null;
		if (reference.hasIdentifier() && reference.getIdentifier().hasValue()) {
			system = reference.getIdentifier().hasSystem() ? reference.getIdentifier().getSystem() : null;
			value = reference.getIdentifier().getValue();
		}
		OrganizationLink link = new OrganizationLink(source, literal, system, value,
				reference.hasDisplay() ? reference.getDisplay() : null, at);
		return link.resolvable() ? link : null;
	}

	/**
	 * The links in source order (managing organization, encounter service provider, encounter location, requester),
	 * the latest first within each source, each organisation once per source, at most {@link #PER_SOURCE} per source.
	 */
	static List<OrganizationLink> ordered(@Nullable OrganizationLink managing, List<OrganizationLink> links) {
		List<OrganizationLink> ordered = new ArrayList<>();
		if (managing != null) {
			ordered.add(managing.timeless());
		}
		Comparator<OrganizationLink> latestFirst = Comparator.comparing(OrganizationLink::at,
				Comparator.nullsLast(Comparator.reverseOrder()));
		for (String source : SOURCES) {
			Set<List<@Nullable String>> seen = new HashSet<>();
			links.stream()
				.filter(l -> l.source().equals(source))
				.sorted(latestFirst)
				.filter(l -> seen.add(Arrays.asList(l.reference(), l.identifierSystem(), l.identifierValue())))
				.limit(PER_SOURCE)
				.map(OrganizationLink::timeless)
				.forEach(ordered::add);
		}
		return ordered;
	}

}
