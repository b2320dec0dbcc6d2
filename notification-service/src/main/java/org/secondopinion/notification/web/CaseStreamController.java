package org.secondopinion.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.secondopinion.security.CurrentUsers;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/cases/stream}: server-sent events named {@code case}, one per case opened or changed in the
 * caller's facilities, with the case id, status, priority, facility and time of the change as JSON. A stream opened
 * in the web UI's session ends when that session signs out.
 */
@RestController
class CaseStreamController {

	private final CaseStream stream;

	private final CurrentUsers users;

	CaseStreamController(CaseStream stream, CurrentUsers users) {
		this.stream = stream;
		this.users = users;
	}

	@Operation(summary = "Server-sent events for live worklist updates")
	@GetMapping(path = "/api/v1/cases/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return stream.subscribe(users.current(), session == null ? null : session.getId());
	}

}
