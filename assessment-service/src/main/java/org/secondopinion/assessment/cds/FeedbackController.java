package org.secondopinion.assessment.cds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.PatientRef;
import org.secondopinion.security.audit.AuditAction;
import org.secondopinion.security.audit.AuditOutcome;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * CDS Hooks feedback: for each card, whether the clinician accepted it or overrode it and why. Stored with the card,
 * whose criteria are known, so that acceptance and overrides are counted per criterion.
 */
@RestController
class FeedbackController {

	private static final Set<String> OUTCOMES = Set.of("accepted", "overridden");

	private final ObjectMapper json;

	private final IssuedCards cards;

	private final CdsSettings settings;

	private final AuditTrail audit;

	FeedbackController(ObjectMapper json, IssuedCards cards, CdsSettings settings, AuditTrail audit) {
		this.json = json;
		this.cards = cards;
		this.settings = settings;
		this.audit = audit;
	}

	@Operation(summary = "Report what the clinician did with a card: accepted, or overridden with a reason")
	@PostMapping("/cds-services/{id}/feedback")
	@Transactional
	ResponseEntity<Void> feedback(@PathVariable String id, @RequestBody(required = false) @Nullable String body,
			@AuthenticationPrincipal Jwt client) {
		CdsService service = CdsHooksController.service(id);
		List<Feedback> feedback = parse(body);
		Set<EhrId> clientEhrs = Set.copyOf(
				settings.ehrsOf(client.getClaimAsString("iss")).stream().map(CdsSettings.Ehr::ehr).toList());
		List<AuditedAccess> accesses = new ArrayList<>();
		for (Feedback item : feedback) {
			PatientRef patient = cards.patientOf(item.card(), service.id())
				.filter(p -> clientEhrs.contains(p.ehr()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
						"Service " + service.id() + " issued no card " + item.card() + " to this client."));
			cards.feedback(item.card(), service.id(), item.outcome(), item.reason(), item.userComment(),
					item.acceptedSuggestions(), item.outcomeAt(), client.getSubject() == null ? "unknown" : client.getSubject());
			accesses.add(new AuditedAccess(AuditAction.CREATE, "cds-feedback", AuditOutcome.SUCCESS, patient,
					"CdsCard/" + item.card(), item.outcome()));
		}
		audit.recordAll(accesses, null);
		return ResponseEntity.ok().build();
	}

	private List<Feedback> parse(@Nullable String body) {
		JsonNode root;
		try {
			root = body == null || body.isBlank() ? null : json.readTree(body);
		}
		catch (JacksonException ex) {
			throw HookRequest.bad("The request body is not valid JSON.");
		}
		if (root == null || !root.path("feedback").isArray() || root.path("feedback").isEmpty()) {
			throw HookRequest.bad("The request body must be an object with a non-empty feedback array.");
		}
		List<Feedback> feedback = new ArrayList<>();
		for (JsonNode item : root.path("feedback")) {
			feedback.add(Feedback.of(item));
		}
		return feedback;
	}

	/** One feedback entry of the specification. */
	record Feedback(UUID card, String outcome, Card.@Nullable Coding reason, @Nullable String userComment,
			List<String> acceptedSuggestions, Instant outcomeAt) {

		static Feedback of(JsonNode item) {
			UUID card;
			try {
				card = UUID.fromString(item.path("card").asString(""));
			}
			catch (IllegalArgumentException ex) {
				throw HookRequest.bad("feedback.card must be the uuid of a card.");
			}
			String outcome = item.path("outcome").asString("");
			if (!OUTCOMES.contains(outcome)) {
				throw HookRequest.bad("feedback.outcome must be accepted or overridden.");
			}
			Instant at;
			try {
				at = OffsetDateTime.parse(item.path("outcomeTimestamp").asString("")).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw HookRequest.bad("feedback.outcomeTimestamp must be an ISO 8601 date-time with an offset.");
			}
			JsonNode override = item.path("overrideReason");
			JsonNode reason = override.path("reason");
			Card.Coding coding = reason.isObject() && reason.path("code").isString()
					? new Card.Coding(reason.path("system").asString(""), reason.path("code").asString(),
							reason.path("display").isString() ? reason.path("display").asString() : null)
					: null;
			if ("accepted".equals(outcome) && override.isObject()) {
				throw HookRequest.bad("feedback.overrideReason belongs to an overridden card, not an accepted one.");
			}
			List<String> suggestions = new ArrayList<>();
			item.path("acceptedSuggestions").forEach(s -> suggestions.add(s.path("id").asString("")));
			return new Feedback(card, outcome, coding,
					override.path("userComment").isString() ? override.path("userComment").asString() : null,
					suggestions, at);
		}

	}

}
