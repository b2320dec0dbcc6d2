package org.secondopinion.notification.web;

import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.QueryParameters;
import org.secondopinion.notification.preferences.SavedFilters;
import org.secondopinion.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saving and deleting the worklist filters a coordinator named ({@code /filters}); the worklist page lists them and
 * applies one as a link. Forms post and redirect back to the worklist with what happened.
 */
@Controller
class SavedFilterController {

	private static final Set<String> FORM = Set.of("name", "q", "priority", "criterion", "facility", "status", "age",
			"sort", "dir", "_csrf");

	private final SavedFilters filters;

	private final CurrentUsers users;

	SavedFilterController(SavedFilters filters, CurrentUsers users) {
		this.filters = filters;
		this.users = users;
	}

	@Operation(summary = "Save the worklist's filters and sort under a name for the signed-in user (coordinator UI)")
	@PostMapping("/filters")
	String save(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable String criterion,
			@RequestParam(required = false) @Nullable String facility,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer age, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, HttpServletRequest request,
			RedirectAttributes redirect) {
		QueryParameters.requireOnly(request, FORM);
		WorklistFilter filter = WorklistFilter.of(priority, criterion, facility, status, age, sort, dir);
		String back = "redirect:/?" + filter.savedQuery();
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > SavedFilters.MAX_NAME) {
			redirect.addFlashAttribute("notice",
					"Give the filter a name of 1 to " + SavedFilters.MAX_NAME + " characters; nothing was saved.");
			return back;
		}
		if (!filters.save(users.current().subject(), trimmed, filter.savedQuery())) {
			redirect.addFlashAttribute("notice", "You keep " + SavedFilters.MAX_PER_USER
					+ " saved filters already; delete one first. Nothing was saved.");
			return back;
		}
		redirect.addFlashAttribute("notice", "Filter \u201c" + trimmed + "\u201d saved.");
		return back;
	}

	@Operation(summary = "Delete one of the signed-in user's saved worklist filters (coordinator UI)")
	@PostMapping("/filters/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		boolean deleted = filters.delete(users.current().subject(), id);
		redirect.addFlashAttribute("notice", deleted ? "Saved filter deleted." : "That saved filter no longer exists.");
		return "redirect:/";
	}

}
