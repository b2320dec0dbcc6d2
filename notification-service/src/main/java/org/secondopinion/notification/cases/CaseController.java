package org.secondopinion.notification.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.secondopinion.security.CurrentUsers;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The worklist API: coordinators see and work the cases of their facilities, admins all; every read and change
 * is audited.
 */
@RestController
class CaseController {

	private static final Set<String> STATUSES = Set.of("new", "acknowledged", "in-review", "referred", "closed");

	private static final int MAX_PAGE_SIZE = 200;

	private static final Set<String> LIST_PARAMETERS = Set.of("status", "page", "size");

	private final CaseManagement cases;

	private final CurrentUsers users;

	private final AuditTrail audit;

	CaseController(CaseManagement cases, CurrentUsers users, AuditTrail audit) {
		this.cases = cases;
		this.users = users;
		this.audit = audit;
	}

	@Operation(summary = "A page of the cases of your facilities, by status")
	@GetMapping("/api/v1/cases")
	CasePage list(@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size,
			@RequestHeader(name = AuditTrail.PURPOSE_HEADER, required = false) @Nullable String purpose,
			HttpServletRequest request) {
		QueryParameters.requireOnly(request, LIST_PARAMETERS);
		if (status != null && !STATUSES.contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown case status '" + status + "'; use one of " + STATUSES);
		}
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		CaseScope scope = CaseScope.of(users.current());
		List<CaseSummary> items = cases.page(status, scope, page, size);
		audit.recordAll(items.stream()
			.map(c -> AuditedAccess.read("search", c.patient().ref(), "Case/" + c.id()))
			.toList(), purpose);
		return new CasePage(items, page, size, cases.count(status, scope));
	}

	@Operation(summary = "A case with its flag, criteria, evidence, history, assignee, coverage and suggested specialists")
	@GetMapping("/api/v1/cases/{id}")
	CaseDetail get(@PathVariable UUID id,
			@RequestHeader(name = AuditTrail.PURPOSE_HEADER, required = false) @Nullable String purpose) {
		return cases.detail(new CaseId(id), users.current(), purpose);
	}

	@Operation(summary = "Acknowledge a new case")
	@PostMapping("/api/v1/cases/{id}/acknowledge")
	CaseDetail acknowledge(@PathVariable UUID id) {
		cases.acknowledge(new CaseId(id), users.current());
		return detail(id);
	}

	@Operation(summary = "Start reviewing a case")
	@PostMapping("/api/v1/cases/{id}/review")
	CaseDetail review(@PathVariable UUID id) {
		cases.startReview(new CaseId(id), users.current());
		return detail(id);
	}

	@Operation(summary = "Assign a case to a coordinator")
	@PostMapping("/api/v1/cases/{id}/assign")
	CaseDetail assign(@PathVariable UUID id, @Valid @RequestBody AssignRequest request) {
		cases.assign(new CaseId(id), request.assignee(), users.current());
		return detail(id);
	}

	@Operation(summary = "Refer a case for a second opinion to a specialty or specialist")
	@PostMapping("/api/v1/cases/{id}/refer")
	CaseDetail refer(@PathVariable UUID id, @Valid @RequestBody ReferRequest request) {
		cases.refer(new CaseId(id), new Referral(request.specialty(), request.to(), request.note()), users.current());
		return detail(id);
	}

	@Operation(summary = "Close a case with an outcome and a reason")
	@PostMapping("/api/v1/cases/{id}/close")
	CaseDetail close(@PathVariable UUID id, @Valid @RequestBody CloseRequest request) {
		Outcome outcome = Outcome.fromCode(request.outcome())
			.orElseThrow(() -> CaseProblems.badRequest("Unknown outcome '" + request.outcome() + "'; use one of "
					+ List.of(Outcome.values())));
		cases.close(new CaseId(id), outcome, request.reasonCode(), request.text(), users.current());
		return detail(id);
	}

	/** The coded reasons a case can be closed with, per outcome. */
	@Operation(summary = "The coded reasons a case can be closed with, per outcome")
	@GetMapping("/api/v1/cases/close-reasons")
	java.util.Map<String, java.util.Map<String, String>> closeReasons() {
		return cases.closeReasons();
	}

	private CaseDetail detail(UUID id) {
		return cases.detail(new CaseId(id), users.current(), null);
	}

	record CasePage(List<CaseSummary> items, int page, int size, long total) {
	}

	record AssignRequest(@NotBlank @Size(max = 200) String assignee) {
	}

	record ReferRequest(@NotBlank @Size(max = 200) String specialty, @Nullable @Size(max = 500) String to,
			@Nullable @Size(max = 4000) String note) {
	}

	record CloseRequest(@NotBlank String outcome, @NotBlank @Size(max = 100) String reasonCode,
			@Nullable @Size(max = 4000) String text) {
	}

}
