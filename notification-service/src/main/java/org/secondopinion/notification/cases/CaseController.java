package org.secondopinion.notification.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class CaseController {

	private static final Set<String> STATUSES = Set.of("new", "acknowledged", "in-review", "referred", "closed");

	private static final int MAX_PAGE_SIZE = 200;

	private final CaseManagement cases;

	CaseController(CaseManagement cases) {
		this.cases = cases;
	}

	@GetMapping("/api/v1/cases")
	CasePage list(@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (status != null && !STATUSES.contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown case status '" + status + "'; use one of " + STATUSES);
		}
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
		}
		return new CasePage(cases.page(status, page, size), page, size, cases.count(status));
	}

	@GetMapping("/api/v1/cases/{id}")
	CaseDetail get(@PathVariable UUID id) {
		CaseId caseId = new CaseId(id);
		CaseSummary summary = cases.find(caseId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + id));
		return new CaseDetail(summary, cases.history(caseId));
	}

	record CasePage(List<CaseSummary> items, int page, int size, long total) {
	}

	record CaseDetail(CaseSummary summary, List<CaseManagement.CaseEvent> history) {
	}

}
