package org.secondopinion.notification.web;

import org.secondopinion.notification.cases.CaseDetail;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the case page shows beyond the case itself: the actions its status allows. */
@Component
class CasePageModel {

	void addTo(Model model, CaseDetail detail) {
		String status = detail.status();
		model.addAttribute("canAcknowledge", status.equals("new"));
		model.addAttribute("canReview", status.equals("acknowledged"));
		model.addAttribute("canRefer", status.equals("acknowledged") || status.equals("in-review"));
		model.addAttribute("canAssign", !status.equals("closed"));
		model.addAttribute("canClose", !status.equals("closed"));
	}

}
