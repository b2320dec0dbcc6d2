package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An Encounter.
 * @param classCode v3 ActCode class, e.g. {@code AMB}, {@code EMER}, {@code IMP}
 * @param priority v3 ActPriority code, e.g. {@code EM} (emergency), {@code UR} (urgent), {@code EL} (elective)
 * @param admitSource the hospitalisation's admit source code, e.g. {@code emd} (from the emergency department)
 * @param reasonReferences unversioned references of the conditions or observations it was for
 */
public record Visit(String reference, String id, String status, @Nullable String classCode, List<Concept> types,
		@Nullable Concept serviceType, @Nullable String priority, @Nullable String admitSource, Period period,
		List<Concept> reasonCodes, List<String> reasonReferences) {

	public Visit {
		types = List.copyOf(types);
		reasonCodes = List.copyOf(reasonCodes);
		reasonReferences = List.copyOf(reasonReferences);
	}

	public @Nullable Instant start() {
		return period.start() != null ? period.start() : period.end();
	}

	/** Not cancelled, not entered in error, not merely planned. */
	public boolean tookPlace() {
		return !List.of("planned", "cancelled", "entered-in-error").contains(status);
	}

	public String display() {
		return types.stream().map(Concept::display).findFirst().orElse(classCode == null ? "Visit" : classCode + " visit");
	}

}
