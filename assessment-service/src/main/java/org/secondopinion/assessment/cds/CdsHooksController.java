package org.secondopinion.assessment.cds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.events.PatientRef;
import org.secondopinion.security.audit.AuditAction;
import org.secondopinion.security.audit.AuditOutcome;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.ObjectMapper;

/** The CDS Hooks endpoints: discovery and the two services. Feedback is in {@link FeedbackController}. */
@RestController
class CdsHooksController {

	private final CdsSettings settings;

	private final ObjectMapper json;

	private final PatientView patientView;

	private final OrderSign orderSign;

	private final IssuedCards issued;

	private final AuditTrail audit;

	CdsHooksController(CdsSettings settings, ObjectMapper json, PatientView patientView, OrderSign orderSign,
			IssuedCards issued, AuditTrail audit) {
		this.settings = settings;
		this.json = json;
		this.patientView = patientView;
		this.orderSign = orderSign;
		this.issued = issued;
		this.audit = audit;
	}

	@Operation(summary = "CDS Hooks discovery: the services, their hooks and prefetch templates")
	@GetMapping(path = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, List<CdsService>> discovery() {
		return Map.of("services", CdsService.ALL);
	}

	@Operation(summary = "Call a CDS Hooks service (patient-view or order-sign) and get its cards")
	@PostMapping(path = "/cds-services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Card.Response call(@PathVariable String id, @RequestBody(required = false) @Nullable String body,
			@AuthenticationPrincipal Jwt client) {
		CdsService service = service(id);
		HookRequest request = HookRequest.parse(json, service, body,
				fhirServer -> settings.ehrOf(client.getClaimAsString("iss"), fhirServer)
					.orElseThrow(() -> HookRequest.bad(fhirServer == null
							? "fhirServer is required: this client is registered with several FHIR servers."
							: "fhirServer " + fhirServer + " is not registered for this client.")));
		CdsSettings.Ehr ehr = request.ehr();
		PatientRef patient = request.patient();
		audit.record(new AuditedAccess(AuditAction.READ, service.hook(), AuditOutcome.SUCCESS, patient,
				"Patient/" + patient.patientId(),
				"CDS Hooks " + service.id() + ", hookInstance " + request.hookInstance()));
		Optional<Card> card;
		List<CriterionCode> criteria;
		if (CdsService.ORDER_SIGN.equals(service.id())) {
			Optional<OrderSign.Warning> warning = orderSign.evaluate(ehr, patient, request);
			card = warning.map(OrderSign.Warning::card);
			criteria = warning.map(OrderSign.Warning::criteria).orElse(List.of());
		}
		else {
			Optional<PatientView.Met> met = patientView.evaluate(ehr, patient, request);
			card = met.map(m -> patientView.card(patient, m));
			criteria = met.map(PatientView.Met::codes).orElse(List.of());
		}
		card.ifPresent(c -> issued.issued(c, service.id(), request.hookInstance(), patient, criteria));
		return new Card.Response(card.stream().toList());
	}

	static CdsService service(String id) {
		return CdsService.byId(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No CDS service " + id + "."));
	}

}
