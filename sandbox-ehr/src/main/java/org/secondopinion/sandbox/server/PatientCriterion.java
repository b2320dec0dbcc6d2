package org.secondopinion.sandbox.server;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.store.ResourceQuery;

/**
 * Turns the {@code patient} and {@code subject} reference parameters of a search into a store query. Both accept
 * {@code p-0001} and {@code Patient/p-0001}; a reference to anything but a Patient matches nothing.
 */
final class PatientCriterion {

	private static final String PATIENT = "Patient";

	private PatientCriterion() {
	}

	/** The query for the given references, or empty when no resource can match them all. */
	static Optional<ResourceQuery> query(@Nullable ReferenceParam... references) {
		List<ReferenceParam> given = Arrays.stream(references).filter(Objects::nonNull).toList();
		given.forEach(PatientCriterion::requireUnchained);
		if (given.stream().anyMatch(reference -> !isPatient(reference))) {
			return Optional.empty();
		}
		Set<String> ids = given.stream().map(ReferenceParam::getIdPart).collect(Collectors.toSet());
		return switch (ids.size()) {
			case 0 -> Optional.of(ResourceQuery.all());
			case 1 -> Optional.of(ResourceQuery.forPatient(ids.iterator().next()));
			default -> Optional.empty();
		};
	}

	private static boolean isPatient(ReferenceParam reference) {
		String type = reference.getResourceType();
		return (type == null || PATIENT.equals(type)) && reference.getIdPart() != null;
	}

	private static void requireUnchained(ReferenceParam reference) {
		if (reference.getChain() != null) {
			throw new InvalidRequestException("Chained references are not supported: " + reference.getChain());
		}
	}

}
