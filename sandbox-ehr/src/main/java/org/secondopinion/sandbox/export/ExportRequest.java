package org.secondopinion.sandbox.export;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an export asks for.
 *
 * @param url the kick-off request, as the manifest repeats it
 * @param types the resource types to export, in order
 * @param since only resources changed after this instant, if given
 * @param scope which resources of those types
 * @param members the patients of the group, for a group export
 */
record ExportRequest(String url, List<String> types, @Nullable Instant since, Scope scope, Set<String> members) {

	ExportRequest {
		types = List.copyOf(types);
		members = Set.copyOf(members);
	}

	/** Whether a resource about this patient (or a Patient with this id) is in scope; null for about none. */
	boolean covers(@Nullable String patientId) {
		return switch (scope) {
			case SYSTEM -> true;
			case PATIENT -> patientId != null;
			case GROUP -> patientId != null && members.contains(patientId);
		};
	}

	enum Scope {

		/** Every resource ({@code [base]/$export}). */
		SYSTEM,

		/** The resources in the compartment of any patient ({@code [base]/Patient/$export}). */
		PATIENT,

		/** The resources in the compartments of the group's patients ({@code [base]/Group/[id]/$export}). */
		GROUP

	}

}
