package org.secondopinion.sandbox.faults;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fault switches over HTTP, for demos and tests in other processes: {@code GET /admin/faults} shows them,
 * {@code POST /admin/faults} sets those its JSON body names (others keep their setting), {@code DELETE} turns all
 * off. See {@link Faults} for what each does.
 */
@RestController
@RequestMapping("/admin/faults")
class FaultsController {

	private final Faults faults;

	FaultsController(Faults faults) {
		this.faults = faults;
	}

	@GetMapping
	FaultState state() {
		return faults.state();
	}

	@PostMapping
	FaultState set(@RequestBody FaultRequest request) {
		if (request.latencyMs() != null) {
			faults.delayResponses(Duration.ofMillis(request.latencyMs()));
		}
		if (request.failNext() != null) {
			FailNext failNext = request.failNext();
			faults.failNext(failNext.count(), failNext.status(),
					Duration.ofSeconds(failNext.retryAfterSeconds() == null ? 1 : failNext.retryAfterSeconds()));
		}
		if (request.dropConnection() != null) {
			DropConnection drop = request.dropConnection();
			faults.dropConnectionNext(drop.count(),
					drop.afterBytes() == null ? Faults.DEFAULT_DROP_AFTER_BYTES : drop.afterBytes());
		}
		if (request.duplicateAcrossPages() != null) {
			faults.repeatLastEntryOnNextPage(request.duplicateAcrossPages());
		}
		if (request.pageSizeCap() != null) {
			faults.capPageSize(request.pageSizeCap());
		}
		if (request.malformed() != null) {
			request.malformed().forEach(resource -> faults.putMalformed(resource.type(), resource.id(),
					resource.patientId()));
		}
		return faults.state();
	}

	@DeleteMapping
	ResponseEntity<Void> clear() {
		faults.clearFaults();
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ErrorMessage invalid(IllegalArgumentException ex) {
		return new ErrorMessage(ex.getMessage());
	}

	/** The switches to set; absent ones keep their setting. */
	record FaultRequest(@Nullable Long latencyMs, @Nullable FailNext failNext, @Nullable DropConnection dropConnection,
			@Nullable Boolean duplicateAcrossPages, @Nullable Integer pageSizeCap,
			@Nullable List<MalformedResource> malformed) {
	}

	record FailNext(int count, int status, @Nullable Long retryAfterSeconds) {
	}

	record DropConnection(int count, @Nullable Integer afterBytes) {
	}

	record MalformedResource(String type, String id, String patientId) {
	}

	record ErrorMessage(@Nullable String error) {
	}

}
