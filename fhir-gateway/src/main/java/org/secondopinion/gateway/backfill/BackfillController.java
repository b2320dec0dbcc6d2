package org.secondopinion.gateway.backfill;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Starts a backfill (202 with the status URL) and serves its progress; admins only, like all of sync. */
@RestController
class BackfillController {

	private final Backfills backfills;

	BackfillController(Backfills backfills) {
		this.backfills = backfills;
	}

	@Operation(summary = "Start a Bulk Data $export backfill of the EHR")
	@PostMapping("/api/v1/sync/{ehrId}/backfill")
	ResponseEntity<BackfillProgress> start(@PathVariable("ehrId") String path,
			@RequestBody(required = false) @Nullable BackfillRequest request) {
		BackfillProgress started = backfills.start(configured(path),
				request == null ? new BackfillRequest(null, null, null) : request);
		return ResponseEntity.accepted().location(URI.create(started.statusUrl())).body(started);
	}

	@Operation(summary = "The EHR's backfills and their progress")
	@GetMapping("/api/v1/sync/{ehrId}/backfill")
	List<BackfillProgress> list(@PathVariable("ehrId") String path) {
		return backfills.of(configured(path));
	}

	@Operation(summary = "The progress of one backfill")
	@GetMapping("/api/v1/sync/{ehrId}/backfill/{id}")
	BackfillProgress progress(@PathVariable("ehrId") String path, @PathVariable UUID id) {
		return EhrId.parse(path)
			.flatMap(ehrId -> backfills.progress(ehrId, new BackfillId(id)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No backfill " + id + " of EHR '" + path + "'"));
	}

	/** The EHR the path names; text that cannot be an EHR id is as unknown as an EHR that is not configured. */
	private static EhrId configured(String path) {
		return EhrId.parse(path).orElseThrow(() -> new Backfills.UnknownEhrException(path));
	}

	@ExceptionHandler(Backfills.UnknownEhrException.class)
	ProblemDetail unknownEhr(Backfills.UnknownEhrException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(Backfills.BackfillRunningException.class)
	ProblemDetail running(Backfills.BackfillRunningException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
