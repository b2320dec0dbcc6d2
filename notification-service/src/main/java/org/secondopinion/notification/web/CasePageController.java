package org.secondopinion.notification.web;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.PatientRef;
import org.secondopinion.notification.cases.CaseDetail;
import org.secondopinion.notification.cases.CaseId;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.notification.cases.CaseProblems;
import org.secondopinion.notification.cases.CaseSummary;
import org.secondopinion.notification.cases.Outcome;
import org.secondopinion.notification.cases.OutreachOutcome;
import org.secondopinion.notification.cases.Referral;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page at {@code /cases/{id}}: why the case was flagged, the evidence, what to do next, what happened.
 * Its forms post to {@code /cases/{id}/<action>} and come back to the page with what happened (post, redirect,
 * get), so they work with the keyboard and without scripts.
 */
@Controller
class CasePageController {

	private final CaseManagement cases;

	private final CasePageModel pageModel;

	private final CaseRecordView recordView;

	private final CurrentUsers users;

	private final Clock clock;

	CasePageController(CaseManagement cases, CasePageModel pageModel, CaseRecordView recordView, CurrentUsers users,
			Clock clock) {
		this.cases = cases;
		this.pageModel = pageModel;
		this.recordView = recordView;
		this.users = users;
		this.clock = clock;
	}

	@Operation(summary = "The case page (HTML, coordinator UI)")
	@GetMapping("/cases/{id}")
	String page(@PathVariable UUID id, @RequestParam(name = "refer", required = false) @Nullable String referTo,
			Model model) {
		CurrentUser user = users.current();
		CaseDetail detail = cases.detail(new CaseId(id), user, null);
		model.addAttribute("user", user);
		model.addAttribute("kase", detail);
		model.addAttribute("now", clock.instant());
		model.addAttribute("closeReasons", cases.closeReasons());
		pageModel.addTo(model, detail, blankToNull(referTo));
		model.addAttribute("record", recordView.of(detail));
		return "case";
	}

	/**
	 * {@code /cases?patient={ehrId}/{patientId}}, the link of the EHR's CDS Hooks cards: the patient's open case
	 * (else their latest one), or not found.
	 */
	@Operation(summary = "Open the case of a patient (redirects to the case page)")
	@GetMapping(path = "/cases", params = "patient")
	String caseOfPatient(@RequestParam String patient) {
		int slash = patient.indexOf('/');
		if (slash <= 0 || slash == patient.length() - 1) {
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST);
		}
		PatientRef ref;
		try {
			ref = PatientRef.of(patient.substring(0, slash), patient.substring(slash + 1));
		}
		catch (IllegalArgumentException ex) {
			throw CaseProblems.noCaseOfPatient();
		}
		CaseId id = cases.caseOfPatient(ref, users.current());
		return "redirect:/cases/" + id.value();
	}

	@Operation(summary = "Acknowledge a case (form of the coordinator UI)")
	@PostMapping("/cases/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "Case acknowledged.", caseId -> cases.acknowledge(caseId, users.current()));
	}

	@Operation(summary = "Start reviewing a case (form of the coordinator UI)")
	@PostMapping("/cases/{id}/review")
	String review(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "Review started.", caseId -> cases.startReview(caseId, users.current()));
	}

	@Operation(summary = "Assign a case (form of the coordinator UI)")
	@PostMapping("/cases/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam String assignee, RedirectAttributes redirect) {
		if (assignee.isBlank()) {
			redirect.addFlashAttribute("error", "Choose the coordinator to assign the case to.");
			return "redirect:/cases/" + id;
		}
		return act(id, redirect, "Case assigned to " + assignee.strip() + ".",
				caseId -> cases.assign(caseId, assignee.strip(), users.current()));
	}

	@Operation(summary = "Refer a case (form of the coordinator UI)")
	@PostMapping("/cases/{id}/refer")
	String refer(@PathVariable UUID id, @RequestParam String specialty, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String specialist, RedirectAttributes redirect) {
		Referral referral = new Referral(specialty.strip(), blankToNull(to), blankToNull(note), blankToNull(specialist));
		if (referral.specialist() != null
				&& !pageModel.inDirectory(cases.detail(new CaseId(id), users.current(), null), referral.specialist())) {
			redirect.addFlashAttribute("error", "The specialist " + referral.specialist()
					+ " is not in the provider directory; choose one of the suggestions.");
			return "redirect:/cases/" + id;
		}
		return act(id, redirect, "Referred for a second opinion in " + referral.specialty() + ".",
				caseId -> cases.refer(caseId, referral, users.current()));
	}

	/** @param outcome the code of an {@link OutreachOutcome}, as the form's options carry them */
	@Operation(summary = "Log an attempt to reach the patient (form of the coordinator UI)")
	@PostMapping("/cases/{id}/outreach")
	String outreach(@PathVariable UUID id, @RequestParam String outcome, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		OutreachOutcome chosen = OutreachOutcome.fromCode(outcome).orElse(null);
		if (chosen == null) {
			redirect.addFlashAttribute("error", "Choose what came of the call or message.");
			return "redirect:/cases/" + id;
		}
		return act(id, redirect, "Outreach logged: " + chosen.label() + ".",
				caseId -> cases.logOutreach(caseId, chosen, blankToNull(note), users.current()));
	}

	/** @param reason {@code <outcome>/<reason code>}, as the close form's options carry them */
	@Operation(summary = "Close a case (form of the coordinator UI)")
	@PostMapping("/cases/{id}/close")
	String close(@PathVariable UUID id, @RequestParam String reason, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect) {
		int slash = reason.indexOf('/');
		Outcome outcome = slash < 0 ? null : Outcome.fromCode(reason.substring(0, slash)).orElse(null);
		if (outcome == null) {
			redirect.addFlashAttribute("error", "Choose why the case is closed.");
			return "redirect:/cases/" + id;
		}
		return act(id, redirect, "Case closed.",
				caseId -> cases.close(caseId, outcome, reason.substring(slash + 1), blankToNull(text), users.current()));
	}

	private String act(UUID id, RedirectAttributes redirect, String notice, Function<CaseId, CaseSummary> action) {
		try {
			action.apply(new CaseId(id));
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ErrorResponseException ex) {
			if (ex.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getBody().getDetail());
		}
		return "redirect:/cases/" + id;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
