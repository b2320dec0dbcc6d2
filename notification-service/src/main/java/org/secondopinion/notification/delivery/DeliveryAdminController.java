package org.secondopinion.notification.delivery;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.delivery.UndeliveredAlerts.UndeliveredAlert;
import org.secondopinion.security.ApiAccessRules;
import org.secondopinion.security.CurrentUsers;
import org.secondopinion.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alerts not delivered, for admins: {@code GET /api/v1/deliveries} (bearer token) and the page
 * {@code /admin/deliveries} (coordinator UI session of an admin), where a failed or waiting alert can be sent again.
 * Lists name the case, channel, recipients and error; never the patient.
 */
@Controller
class DeliveryAdminController {

	private static final Set<String> STATUSES = Set.of("pending", "failed");

	private final UndeliveredAlerts alerts;

	private final CurrentUsers users;

	DeliveryAdminController(UndeliveredAlerts alerts, CurrentUsers users) {
		this.alerts = alerts;
		this.users = users;
	}

	/** Only admins list the alerts of every facility. */
	@Bean
	static ApiAccessRules deliveryAccess() {
		return requests -> requests.requestMatchers("/api/v1/deliveries").hasRole(Roles.ADMIN);
	}

	@Operation(summary = "Alerts not delivered yet (pending or failed), oldest first, at most 500")
	@GetMapping("/api/v1/deliveries")
	@ResponseBody
	List<UndeliveredAlert> list(@RequestParam(required = false) @Nullable String status) {
		return alerts.list(checked(status));
	}

	@Operation(summary = "The undelivered alerts page (HTML, coordinator UI, admins)")
	@GetMapping("/admin/deliveries")
	String page(@RequestParam(required = false) @Nullable String status, Model model) {
		model.addAttribute("user", users.current());
		model.addAttribute("status", checked(status));
		model.addAttribute("deliveries", alerts.list(checked(status)));
		model.addAttribute("limit", UndeliveredAlerts.LIMIT);
		return "admin-deliveries";
	}

	@Operation(summary = "Send an undelivered alert again at once (form of the coordinator UI, admins)")
	@PostMapping("/admin/deliveries/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", alerts.retry(id) ? "The alert is sent again at the next attempt."
				: "That alert was sent meanwhile, or does not exist.");
		return "redirect:/admin/deliveries";
	}

	private static @Nullable String checked(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		if (!STATUSES.contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status is pending or failed, not '" + status + "'");
		}
		return status;
	}

}
