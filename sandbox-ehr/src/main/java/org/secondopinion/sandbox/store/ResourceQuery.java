package org.secondopinion.sandbox.store;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a search asks the store for; every criterion is optional, and a resource must meet all that are given.
 *
 * @param ids the logical ids the resource may have; empty for any
 * @param patientId the id of the patient the resource is about (see {@link PatientLinks})
 * @param updatedFrom the earliest {@code meta.lastUpdated}, inclusive
 * @param updatedBefore the end of the {@code meta.lastUpdated} range, exclusive
 * @param identifier an identifier as {@code system|value}, {@code |value} (without a system) or {@code value} (any
 * system); only the types in {@link FhirStore#IDENTIFIED_TYPES} are found by identifier
 */
public record ResourceQuery(Set<String> ids, @Nullable String patientId, @Nullable Instant updatedFrom,
		@Nullable Instant updatedBefore, @Nullable String identifier) {

	public ResourceQuery {
		ids = Set.copyOf(ids);
	}

	/** A query for at most one id. */
	public ResourceQuery(@Nullable String id, @Nullable String patientId, @Nullable Instant updatedFrom,
			@Nullable Instant updatedBefore) {
		this(id == null ? Set.of() : Set.of(id), patientId, updatedFrom, updatedBefore, null);
	}

	/** Matches every resource. */
	public static ResourceQuery all() {
		return new ResourceQuery(null, null, null, null);
	}

	/** Matches the resources about one patient. */
	public static ResourceQuery forPatient(String patientId) {
		return new ResourceQuery(null, patientId, null, null);
	}

	/** Matches the resources with one of these ids. */
	public static ResourceQuery byIds(Set<String> ids) {
		return new ResourceQuery(ids, null, null, null, null);
	}

	/** Matches the resources with an identifier. */
	public static ResourceQuery byIdentifier(String system, String value) {
		return byIdentifier(system + "|" + value);
	}

	/** Matches the resources with an identifier, as {@code system|value}, {@code |value} or {@code value}. */
	public static ResourceQuery byIdentifier(String identifier) {
		return new ResourceQuery(Set.of(), null, null, null, identifier);
	}

	/** This query, restricted to resources with an identifier (null restricts nothing). */
	public ResourceQuery withIdentifier(@Nullable String restrictedTo) {
		return new ResourceQuery(ids, patientId, updatedFrom, updatedBefore, restrictedTo);
	}

	/** The id asked for, if exactly one id is. */
	public @Nullable String id() {
		return ids.size() == 1 ? ids.iterator().next() : null;
	}

	/** This query, restricted to a {@code meta.lastUpdated} range. */
	public ResourceQuery updatedBetween(@Nullable Instant from, @Nullable Instant before) {
		return new ResourceQuery(ids, patientId, from, before, identifier);
	}

	/** This query, restricted to some ids (none restricts nothing). */
	public ResourceQuery withIds(Set<String> restrictedTo) {
		return new ResourceQuery(restrictedTo, patientId, updatedFrom, updatedBefore, identifier);
	}

	/** This query, restricted to one patient. */
	public ResourceQuery aboutPatient(@Nullable String patient) {
		return new ResourceQuery(ids, patient, updatedFrom, updatedBefore, identifier);
	}

}
