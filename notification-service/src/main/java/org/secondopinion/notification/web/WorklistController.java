package org.secondopinion.notification.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.CaseScope;
import org.secondopinion.notification.cases.QueryParameters;
import org.secondopinion.notification.preferences.SavedFilters;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.security.CurrentUsers;
import org.secondopinion.security.Roles;
import org.secondopinion.security.audit.AuditAction;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The worklist page at {@code /}: the cases of the coordinator's facilities, searched, filtered and sorted on the
 * server. htmx asks for the rows alone ({@code HX-Request}) when a filter changes, and for one row when the live
 * stream announces a case; every patient shown is an audited read. The search text ({@code q}) is never logged nor
 * written to the audit trail: the patients it found are.
 */
@Controller
class WorklistController {

	/**
	 * The search, filter and sort, and {@code continue}, which Spring Security adds when it returns from the login.
	 */
	private static final Set<String> PARAMETERS = Set.of("q", "priority", "criterion", "facility", "status", "age",
			"sort", "dir", "continue");

	private final Worklist worklist;

	private final CurrentUsers users;

	private final AuditTrail audit;

	private final Clock clock;

	private final SavedFilters savedFilters;

	WorklistController(Worklist worklist, CurrentUsers users, AuditTrail audit, Clock clock,
			SavedFilters savedFilters) {
		this.worklist = worklist;
		this.savedFilters = savedFilters;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@Operation(summary = "The worklist page with its filter and sort (HTML, coordinator UI)")
	@GetMapping("/")
	String worklist(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable String criterion,
			@RequestParam(required = false) @Nullable String facility,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer age, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-Target", required = false) @Nullable String target, Model model,
			HttpServletRequest request) {
		QueryParameters.requireOnly(request, PARAMETERS);
		CurrentUser user = users.current();
		WorklistFilter filter;
		try {
			filter = WorklistFilter.of(priority, criterion, facility, status, age, q, sort, dir);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		CaseScope scope = CaseScope.of(user);
		List<WorklistRow> rows = worklist.rows(filter, scope);
		audit.recordAll(rows.stream()
			.map(row -> AuditedAccess.read("search", row.patient().ref(), "Case/" + row.id()))
			.toList(), null);
		model.addAttribute("rows", rows);
		model.addAttribute("filter", filter);
		time(model);
		model.addAttribute("showFacility", showFacility(user));
		model.addAttribute("pageSize", Worklist.PAGE_SIZE);
		model.addAttribute("savedFilters", savedFilters.of(user.subject()));
		if (htmx != null && "worklist".equals(target)) {
			return "worklist :: table";
		}
		model.addAttribute("user", user);
		model.addAttribute("facilities", worklist.facilities(scope));
		model.addAttribute("priorities", WorklistFilter.PRIORITIES);
		model.addAttribute("statuses", WorklistFilter.STATUSES);
		model.addAttribute("criteria", WorklistFilter.CRITERIA);
		model.addAttribute("ages", WorklistFilter.AGES);
		return "worklist";
	}

	/** One row, for the live stream: 404 when the case is outside the user's facilities. */
	@Operation(summary = "A case's worklist row (HTML fragment, coordinator UI)")
	@GetMapping("/cases/{id}/row")
	String row(@PathVariable UUID id, Model model) {
		CurrentUser user = users.current();
		WorklistRow row = worklist.row(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!CaseScope.of(user).includes(row.facility())) {
			audit.record(AuditedAccess.denied(AuditAction.READ, "read", row.patient().ref(),
					"Case/" + id, "case belongs to a facility outside the user's facilities"));
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		audit.recordAll(List.of(AuditedAccess.read("read", row.patient().ref(), "Case/" + id)),
				null);
		model.addAttribute("row", row);
		time(model);
		model.addAttribute("showFacility", showFacility(user));
		return "case-row :: row";
	}

	/** Now and today, which the rows' waiting time, due dates and ages are told against. */
	private void time(Model model) {
		Instant now = clock.instant();
		model.addAttribute("now", now);
		model.addAttribute("today", LocalDate.ofInstant(now, clock.getZone()));
	}

	/** A user of one facility needs no facility column: every case they see is of that facility. */
	static boolean showFacility(CurrentUser user) {
		return user.hasRole(Roles.ADMIN) || user.facilities().size() != 1;
	}

}
