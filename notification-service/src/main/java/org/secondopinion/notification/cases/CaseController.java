package org.secondopinion.notification.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.security.CurrentUsers;
import org.secondopinion.security.Roles;
import org.secondopinion.security.audit.AuditAction;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The worklist API: coordinators see the cases of their facilities, admins all; every read is audited. */
@RestController
class CaseController {

	private static final Set<String> STATUSES = Set.of("new", "acknowledged", "in-review", "referred", "closed");

	private static final int MAX_PAGE_SIZE = 200;

	private final CaseManagement cases;

	private final CurrentUsers users;

	private final AuditTrail audit;

	CaseController(CaseManagement cases, CurrentUsers users, AuditTrail audit) {
		this.cases = cases;
		this.users = users;
		this.audit = audit;
	}

	@GetMapping("/api/v1/cases")
	CasePage list(@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size,
			@RequestHeader(name = AuditTrail.PURPOSE_HEADER, required = false) @Nullable String purpose) {
		if (status != null && !STATUSES.contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown case status '" + status + "'; use one of " + STATUSES);
		}
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		CurrentUser user = users.current();
		List<String> scope = user.hasRole(Roles.ADMIN) ? null : user.facilities();
		List<CaseSummary> items = cases.page(status, scope, page, size);
		audit.recordAll(items.stream()
			.map(c -> AuditedAccess.read("search", c.patient().ehrId(), c.patient().id(), "Case/" + c.id()))
			.toList(), purpose);
		return new CasePage(items, page, size, cases.count(status, scope));
	}

	@GetMapping("/api/v1/cases/{id}")
	CaseDetail get(@PathVariable UUID id,
			@RequestHeader(name = AuditTrail.PURPOSE_HEADER, required = false) @Nullable String purpose) {
		CaseId caseId = new CaseId(id);
		CaseSummary summary = cases.find(caseId).orElseThrow(() -> notFound(id));
		CurrentUser user = users.current();
		if (!user.mayAccessFacility(summary.facility())) {
			audit.record(AuditedAccess.denied(AuditAction.READ, "read", summary.patient().ehrId(), summary.patient().id(),
					"Case/" + id, "case belongs to a facility outside the user's facilities"));
			throw notFound(id);
		}
		audit.recordAll(List.of(AuditedAccess.read("read", summary.patient().ehrId(), summary.patient().id(), "Case/" + id)),
				purpose);
		return new CaseDetail(summary, cases.history(caseId));
	}

	private static ResponseStatusException notFound(UUID id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + id + " among the cases you can see");
	}

	record CasePage(List<CaseSummary> items, int page, int size, long total) {
	}

	record CaseDetail(CaseSummary summary, List<CaseManagement.CaseEvent> history) {
	}

}
