package org.secondopinion.assessment.picture;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A DiagnosticReport as the rules read it: what was examined (a chest CT, a mammogram, a urinalysis) and what it
 * concluded, coded ({@code conclusionCode}: a lung nodule, BI-RADS 4) and in text.
 * @param reference the exact version, e.g. {@code DiagnosticReport/7/_history/2}
 * @param status FHIR status code, e.g. {@code final}
 * @param effective when the examination took place (effective, else issued)
 */
public record DiagnosticFinding(String reference, String id, Concept code, String status, List<Concept> categories,
		@Nullable Instant effective, List<Concept> conclusionCodes, @Nullable String conclusion) {

	public DiagnosticFinding {
		categories = List.copyOf(categories);
		conclusionCodes = List.copyOf(conclusionCodes);
	}

	/** Whether this is a report at all: not cancelled, not entered in error, not merely registered. */
	public boolean isReport() {
		return switch (status) {
			case "entered-in-error", "cancelled", "registered" -> false;
			default -> true;
		};
	}

	/** The unversioned reference, e.g. {@code DiagnosticReport/7}, as other resources point to it. */
	public String plainReference() {
		return "DiagnosticReport/" + id;
	}

}
