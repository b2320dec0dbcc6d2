package org.secondopinion.notification.web;

import java.util.List;

import org.secondopinion.notification.cases.CaseDetail;
import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.notification.directory.SpecialistDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page shows beyond the case itself: the actions its status allows, and specialists who could give
 * the second opinion.
 */
@Component
class CasePageModel {

	private final SpecialistDirectory directory;

	CasePageModel(SpecialistDirectory directory) {
		this.directory = directory;
	}

	void addTo(Model model, CaseDetail detail) {
		List<String> specialties = directory.specialtiesFor(IncomingFlag.phrases(detail.criteria()));
		model.addAttribute("specialties", specialties);
		model.addAttribute("specialists", directory.suggest(detail.patient().ehrId(), specialties, detail.facility()));
		String status = detail.status();
		model.addAttribute("canAcknowledge", status.equals("new"));
		model.addAttribute("canReview", status.equals("acknowledged"));
		model.addAttribute("canRefer", status.equals("acknowledged") || status.equals("in-review"));
		model.addAttribute("canAssign", !status.equals("closed"));
		model.addAttribute("canClose", !status.equals("closed"));
	}

}
