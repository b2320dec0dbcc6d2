package org.secondopinion.notification.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.secondopinion.notification.cases.CaseId;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.notification.cases.CaseSummary;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.security.CurrentUsers;
import org.secondopinion.security.audit.AuditAction;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The case page at {@code /cases/{id}}: why the case was flagged, the evidence, what to do next, what happened. */
@Controller
class CasePageController {

	private final CaseManagement cases;

	private final CurrentUsers users;

	private final AuditTrail audit;

	private final Clock clock;

	CasePageController(CaseManagement cases, CurrentUsers users, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}")
	String page(@PathVariable UUID id, Model model) {
		CaseSummary summary = visibleCase(id);
		model.addAttribute("user", users.current());
		model.addAttribute("kase", summary);
		model.addAttribute("history", cases.history(new CaseId(id)));
		model.addAttribute("now", clock.instant());
		return "case";
	}

	/** The case if the user's facilities include it, audited; otherwise 404 and a denied audit record. */
	CaseSummary visibleCase(UUID id) {
		CaseSummary summary = cases.find(new CaseId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + id + " among the cases you can see"));
		CurrentUser user = users.current();
		if (!user.mayAccessFacility(summary.facility())) {
			audit.record(AuditedAccess.denied(AuditAction.READ, "read", summary.patient().ehrId(), summary.patient().id(),
					"Case/" + id, "case belongs to a facility outside the user's facilities"));
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + id + " among the cases you can see");
		}
		audit.recordAll(List.of(AuditedAccess.read("read", summary.patient().ehrId(), summary.patient().id(), "Case/" + id)),
				null);
		return summary;
	}

}
