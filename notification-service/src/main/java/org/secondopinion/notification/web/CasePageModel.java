package org.secondopinion.notification.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.CaseDetail;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.notification.cases.OutreachOutcome;
import org.secondopinion.notification.directory.ProviderDirectory;
import org.secondopinion.notification.directory.Specialist;
import org.secondopinion.notification.directory.SpecialistDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page shows beyond the case itself: the actions its status allows, the coordinators it may be
 * assigned to, specialists who could give the second opinion (one of them chosen for the referral form), the
 * outreach log and the history in words.
 */
@Component
class CasePageModel {

	private final SpecialistDirectory directory;

	private final ProviderDirectory providers;

	private final CaseManagement cases;

	CasePageModel(SpecialistDirectory directory, ProviderDirectory providers, CaseManagement cases) {
		this.directory = directory;
		this.providers = providers;
		this.cases = cases;
	}

	/** @param chosen the specialist whose "Refer to this specialist" was followed, e.g. {@code PractitionerRole/role-7} */
	void addTo(Model model, CaseDetail detail, @Nullable String chosen) {
		List<String> specialties = directory.specialtiesFor(IncomingFlag.phrases(detail.criteria()));
		List<Specialist> specialists = directory.suggest(detail.patient().ehrId(), specialties, detail.facility());
		model.addAttribute("specialties", specialties);
		model.addAttribute("specialists", specialists);
		String status = detail.status();
		boolean canRefer = status.equals("acknowledged") || status.equals("in-review");
		model.addAttribute("canAcknowledge", status.equals("new"));
		model.addAttribute("canReview", status.equals("acknowledged"));
		model.addAttribute("canRefer", canRefer);
		model.addAttribute("canAssign", !status.equals("closed"));
		model.addAttribute("canClose", !status.equals("closed"));
		model.addAttribute("canLogOutreach", !status.equals("closed"));
		model.addAttribute("assignees", cases.assignees(detail));
		model.addAttribute("outreach", cases.outreach(detail));
		model.addAttribute("outreachOutcomes", OutreachOutcome.values());
		model.addAttribute("history", HistoryLines.of(detail.history(), cases.closeReasons()));
		Optional<Specialist> referTo = chosen == null ? Optional.empty()
				: specialists.stream().filter(s -> s.reference().equals(chosen)).findFirst();
		model.addAttribute("referTo", referTo.orElse(null));
		if (chosen != null && referTo.isEmpty()) {
			model.addAttribute("error", "That specialist is not among the suggestions for this case; choose one below.");
		}
		else if (chosen != null && !canRefer) {
			model.addAttribute("error", "The case cannot be referred while it is " + new Labels().status(status)
					+ (status.equals("new") ? "; acknowledge it first." : "."));
		}
	}

	/** Whether the EHR's provider directory holds the specialist a referral names ({@code Type/id}). */
	boolean inDirectory(CaseDetail detail, String specialist) {
		int slash = specialist.indexOf('/');
		return slash > 0 && providers.read(detail.patient().ehrId(), specialist.substring(0, slash),
				specialist.substring(slash + 1)).isPresent();
	}

}
