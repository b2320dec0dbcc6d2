package org.secondopinion.sandbox.export;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.secondopinion.sandbox.export.ExportRequest.Scope;
import org.secondopinion.sandbox.server.FhirOperations;
import org.secondopinion.sandbox.store.FhirStore;
import org.springframework.stereotype.Component;

/**
 * The kick-off requests of the Bulk Data Access IG: {@code GET [base]/$export}, {@code [base]/Patient/$export} and
 * {@code [base]/Group/[id]/$export}, with {@code _type}, {@code _since} and {@code _outputFormat}. Each needs
 * {@code Prefer: respond-async} and answers {@code 202 Accepted} with the status URL in {@code Content-Location}.
 */
@Component
@FhirOperations
class ExportKickOff {

	static final String POLL_STATUS = "$export-poll-status";

	private static final Set<String> NDJSON = Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");

	private final ExportJobs jobs;

	private final FhirStore store;

	private final FhirContext context;

	ExportKickOff(ExportJobs jobs, FhirStore store, FhirContext context) {
		this.jobs = jobs;
		this.store = store;
		this.context = context;
	}

	@Operation(name = "$export", idempotent = true, manualResponse = true,
			canonicalUrl = "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export")
	public void systemExport(@OperationParam(name = "_outputFormat", max = 1) @Nullable StringType outputFormat,
			@OperationParam(name = "_type", max = OperationParam.MAX_UNLIMITED) @Nullable List<StringType> types,
			@OperationParam(name = "_since", max = 1) @Nullable InstantType since, ServletRequestDetails request) {
		kickOff(request, outputFormat, types, since, Scope.SYSTEM, Set.of());
	}

	@Operation(name = "$export", typeName = "Patient", idempotent = true, manualResponse = true,
			canonicalUrl = "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export")
	public void patientExport(@OperationParam(name = "_outputFormat", max = 1) @Nullable StringType outputFormat,
			@OperationParam(name = "_type", max = OperationParam.MAX_UNLIMITED) @Nullable List<StringType> types,
			@OperationParam(name = "_since", max = 1) @Nullable InstantType since, ServletRequestDetails request) {
		kickOff(request, outputFormat, types, since, Scope.PATIENT, Set.of());
	}

	@Operation(name = "$export", typeName = "Group", idempotent = true, manualResponse = true,
			canonicalUrl = "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export")
	public void groupExport(@IdParam IdType groupId,
			@OperationParam(name = "_outputFormat", max = 1) @Nullable StringType outputFormat,
			@OperationParam(name = "_type", max = OperationParam.MAX_UNLIMITED) @Nullable List<StringType> types,
			@OperationParam(name = "_since", max = 1) @Nullable InstantType since, ServletRequestDetails request) {
		Group group = store.read(Group.class, groupId.getIdPart())
			.orElseThrow(() -> new ResourceNotFoundException(groupId));
		if (AllPatientsGroup.ID.equals(group.getIdPart())) {
			kickOff(request, outputFormat, types, since, Scope.PATIENT, Set.of());
			return;
		}
		Set<String> members = group.getMember()
			.stream()
			.map(member -> member.getEntity().getReferenceElement())
			.filter(reference -> "Patient".equals(reference.getResourceType()) && reference.hasIdPart())
			.map(reference -> reference.getIdPart())
			.collect(Collectors.toSet());
		kickOff(request, outputFormat, types, since, Scope.GROUP, members);
	}

	private void kickOff(ServletRequestDetails request, @Nullable StringType outputFormat,
			@Nullable List<StringType> types, @Nullable InstantType since, Scope scope, Set<String> members) {
		requireRespondAsync(request);
		if (outputFormat != null && !NDJSON.contains(outputFormat.getValue())) {
			throw new InvalidRequestException("Only NDJSON is exported, not _outputFormat=" + outputFormat.getValue());
		}
		Instant sinceInstant = since == null || since.getValue() == null ? null : since.getValue().toInstant();
		ExportJob job = jobs.start(new ExportRequest(request.getCompleteUrl(), types(types), sinceInstant, scope,
				members));
		HttpServletResponse response = request.getServletResponse();
		response.setStatus(HttpServletResponse.SC_ACCEPTED);
		response.setHeader("Content-Location",
				request.getFhirServerBase() + "/" + POLL_STATUS + "?_jobId=" + job.id());
	}

	private List<String> types(@Nullable List<StringType> requested) {
		if (requested == null || requested.isEmpty()) {
			return store.resourceTypes();
		}
		Set<String> types = requested.stream()
			.map(StringType::getValue)
			.filter(Objects::nonNull)
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter(type -> !type.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		for (String type : types) {
			if (!context.getResourceTypes().contains(type)) {
				throw new InvalidRequestException("Unknown resource type in _type: " + type);
			}
		}
		return List.copyOf(types);
	}

	private static void requireRespondAsync(ServletRequestDetails request) {
		String prefer = request.getHeader("Prefer");
		if (prefer == null || !prefer.contains("respond-async")) {
			throw new InvalidRequestException("$export runs asynchronously: send the header Prefer: respond-async");
		}
	}

}
