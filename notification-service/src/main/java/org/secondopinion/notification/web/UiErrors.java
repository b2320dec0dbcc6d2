package org.secondopinion.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/** Errors on the UI's pages as a page a coordinator can read, with the way back to the worklist. */
@ControllerAdvice(assignableTypes = { CasePageController.class, WorklistController.class })
class UiErrors {

	@ExceptionHandler(ErrorResponseException.class)
	String problem(ErrorResponseException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.getStatusCode().value());
		model.addAttribute("status", ex.getStatusCode().value());
		model.addAttribute("detail", ex instanceof ResponseStatusException rse && rse.getReason() != null ? rse.getReason()
				: ex.getBody().getDetail());
		return "error-page";
	}

}
