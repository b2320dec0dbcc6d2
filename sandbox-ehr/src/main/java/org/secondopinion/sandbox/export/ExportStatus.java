package org.secondopinion.sandbox.export;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.StringType;
import org.secondopinion.sandbox.server.FhirOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The status of an export and its files: {@code GET [base]/$export-poll-status?_jobId=...} answers {@code 202} with
 * {@code X-Progress} and {@code Retry-After} while the job runs and {@code 200} with the manifest when it is done;
 * {@code DELETE} on it cancels the job and removes its files. Files are at {@code [base]/$export-file}, streamed from
 * disk as {@code application/fhir+ndjson}.
 */
@Component
@FhirOperations
class ExportStatus {

	static final String FILE = "$export-file";

	private static final String NDJSON = "application/fhir+ndjson";

	private final ExportJobs jobs;

	private final JsonMapper json;

	ExportStatus(ExportJobs jobs, JsonMapper json) {
		this.jobs = jobs;
		this.json = json;
	}

	@Operation(name = ExportKickOff.POLL_STATUS, idempotent = true, manualResponse = true, deleteEnabled = true)
	public void status(@OperationParam(name = "_jobId", min = 1, max = 1) StringType jobId,
			ServletRequestDetails request) throws IOException {
		HttpServletResponse response = request.getServletResponse();
		if (request.getRequestType() == RequestTypeEnum.DELETE) {
			if (!jobs.cancel(jobId.getValue())) {
				throw notFound(jobId);
			}
			response.setStatus(HttpServletResponse.SC_ACCEPTED);
			return;
		}
		ExportJob job = jobs.find(jobId.getValue()).orElseThrow(() -> notFound(jobId));
		switch (job.status()) {
			case RUNNING -> {
				response.setStatus(HttpServletResponse.SC_ACCEPTED);
				response.setHeader("X-Progress", job.progress());
				response.setHeader("Retry-After", "1");
			}
			case COMPLETE -> {
				response.setStatus(HttpServletResponse.SC_OK);
				response.setContentType("application/json");
				response.setCharacterEncoding("UTF-8");
				json.writeValue(response.getOutputStream(), manifest(job, request.getFhirServerBase()));
			}
			case FAILED -> throw new InternalErrorException("Bulk export " + job.id() + " failed: " + job.error());
			case CANCELLED -> throw notFound(jobId);
		}
	}

	@Operation(name = FILE, idempotent = true, manualResponse = true)
	public void file(@OperationParam(name = "_jobId", min = 1, max = 1) StringType jobId,
			@OperationParam(name = "_file", min = 1, max = 1) StringType fileName, ServletRequestDetails request)
			throws IOException {
		Path file = jobs.find(jobId.getValue())
			.filter(job -> job.status() == ExportJob.Status.COMPLETE)
			.map(job -> job.file(fileName.getValue()))
			.orElseThrow(() -> new ResourceNotFoundException("No file " + fileName.getValue() + " in bulk export "
					+ jobId.getValue()));
		HttpServletResponse response = request.getServletResponse();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(NDJSON);
		response.setCharacterEncoding("UTF-8");
		response.setContentLengthLong(Files.size(file));
		try (OutputStream body = response.getOutputStream()) {
			Files.copy(file, body);
		}
	}

	private static Manifest manifest(ExportJob job, String base) {
		List<Manifest.Entry> output = job.outputs()
			.stream()
			.map(written -> new Manifest.Entry(written.type(),
					base + "/" + FILE + "?_jobId=" + job.id() + "&_file="
							+ URLEncoder.encode(written.file(), StandardCharsets.UTF_8),
					written.count()))
			.toList();
		return new Manifest(new InstantType(java.util.Date.from(job.transactionTime())).getValueAsString(),
				job.request().url(), false, output, List.of());
	}

	private static ResourceNotFoundException notFound(StringType jobId) {
		return new ResourceNotFoundException("No bulk export " + jobId.getValue());
	}

	/**
	 * The completion manifest of the Bulk Data Access IG.
	 *
	 * @param transactionTime the instant the exported data reflects; the {@code _since} of the next export
	 * @param request the kick-off request
	 * @param requiresAccessToken whether the file URLs need the access token (never, in the sandbox)
	 * @param output one entry per file
	 * @param error files of OperationOutcomes (none: a job either completes or fails)
	 */
	record Manifest(String transactionTime, String request, boolean requiresAccessToken, List<Entry> output,
			List<Entry> error) {

		record Entry(String type, String url, int count) {
		}

	}

}
