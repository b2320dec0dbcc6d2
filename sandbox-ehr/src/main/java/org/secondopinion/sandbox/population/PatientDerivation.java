package org.secondopinion.sandbox.population;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Derives more patients from a base population, as many as wanted: derived patient {@code n} is a copy of base
 * patient {@code (n - 1) mod size} with a new identity ({@link IdentityPool}), new ids for all of its resources, and
 * every date moved back by the same random number of days (1 to 365, so that nothing moves into the future).
 * Everything follows from the seed and {@code n}: the same seed gives the same patients, in any order and on any
 * number of threads.
 */
final class PatientDerivation {

	/** Dates move back by 1 to this many days. */
	static final int MAX_SHIFT_DAYS = 365;

	/** How many patients are derived in parallel before they are handed on, in order. */
	private static final int BATCH = 64;

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private final FhirTerser terser;

	private final long seed;

	private final List<PatientRecord> templates;

	private final Map<PatientRecord, Set<String>> ownIds = new IdentityHashMap<>();

	private final Set<String> sharedIds;

	private final IdentityPool identities;

	PatientDerivation(FhirContext context, long seed, BasePopulation base) {
		if (base.patients().isEmpty()) {
			throw new IllegalArgumentException("Cannot derive patients from an empty population");
		}
		this.terser = context.newTerser();
		this.seed = seed;
		this.templates = base.patients();
		this.identities = new IdentityPool(templates);
		this.sharedIds = base.shared().stream().map(Resource::getIdPart).collect(Collectors.toUnmodifiableSet());
		templates.forEach(template -> ownIds.put(template,
				template.resources().stream().map(Resource::getIdPart).collect(Collectors.toUnmodifiableSet())));
	}

	/** Derives patients {@code 1..count} and hands them to {@code sink} in that order, deriving on all cores. */
	void derive(int count, Consumer<PatientRecord> sink) {
		InOrder.run(count, BATCH, index -> derive(index + 1), sink);
	}

	/** Derived patient {@code number} (from 1). */
	PatientRecord derive(int number) {
		PatientRecord template = templates.get((number - 1) % templates.size());
		SplittableRandom random = new SplittableRandom(seed + number * GOLDEN_GAMMA);
		int shiftDays = -1 - random.nextInt(MAX_SHIFT_DAYS);
		List<Resource> resources = new ArrayList<>(template.resources().size());
		for (Resource resource : template.resources()) {
			resources.add(resource.copy());
		}
		Map<String, String> newNames = identities.renew((Patient) resources.getFirst(), random);
		UnaryOperator<String> newIds = newIds(number);
		RecordRewrite rewrite = new RecordRewrite(newIds, ownIds.get(template), sharedIds, shiftDays, newNames);
		for (Resource resource : resources) {
			resource.setId(newIds.apply(resource.getIdPart()));
			terser.visit(resource, rewrite);
		}
		return new PatientRecord(resources);
	}

	/** New ids: name-based UUIDs of the seed, the patient's number and the old id, remembered within the record. */
	private UnaryOperator<String> newIds(int number) {
		Map<String, String> assigned = new HashMap<>();
		String prefix = seed + "/" + number + "/";
		return old -> assigned.computeIfAbsent(old,
				id -> UUID.nameUUIDFromBytes((prefix + id).getBytes(StandardCharsets.UTF_8)).toString());
	}

}
