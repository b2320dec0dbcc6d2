package org.secondopinion.notification.packet;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.secondopinion.notification.cases.CaseDetail;
import org.secondopinion.notification.cases.CaseId;
import org.secondopinion.notification.cases.CaseManagement;
import org.secondopinion.security.CurrentUser;
import org.secondopinion.security.CurrentUsers;
import org.secondopinion.security.audit.AuditTrail;
import org.secondopinion.security.audit.AuditedAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * {@code GET /api/v1/cases/{id}/packet}: the second-opinion packet as a FHIR Bundle ({@code application/fhir+json},
 * also for {@code application/json}) or, for {@code text/html}, as a printable page. Every access is audited.
 */
@Controller
class PacketController {

	static final String FHIR_JSON = "application/fhir+json";

	private final CaseManagement cases;

	private final PacketAssembler assembler;

	private final CurrentUsers users;

	private final AuditTrail audit;

	PacketController(CaseManagement cases, PacketAssembler assembler, CurrentUsers users, AuditTrail audit) {
		this.cases = cases;
		this.assembler = assembler;
		this.users = users;
		this.audit = audit;
	}

	@Operation(summary = "The second-opinion packet as a FHIR Bundle, or as a printable page (Accept: text/html)")
	@GetMapping(path = "/api/v1/cases/{id}/packet", produces = { FHIR_JSON, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> bundle(@PathVariable UUID id,
			@RequestHeader(name = AuditTrail.PURPOSE_HEADER, required = false) @Nullable String purpose) {
		Packet packet = packet(id, purpose);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(FHIR_JSON)).body(packet.bundle().toString());
	}

	@Operation(summary = "The second-opinion packet as a printable page")
	@GetMapping(path = "/api/v1/cases/{id}/packet", produces = MediaType.TEXT_HTML_VALUE)
	String page(@PathVariable UUID id, Model model) {
		Packet packet = packet(id, null);
		model.addAttribute("kase", packet.kase());
		model.addAttribute("questions", PacketQuestions.of(packet.kase()));
		model.addAttribute("conditions", packet.items("Condition"));
		model.addAttribute("medications", packet.items("MedicationRequest"));
		model.addAttribute("procedures", packet.items("Procedure"));
		model.addAttribute("orders", packet.items("ServiceRequest"));
		model.addAttribute("results", packet.items("Observation").stream().limit(30).toList());
		model.addAttribute("coverages", packet.items("Coverage"));
		model.addAttribute("missingEvidence", packet.missingEvidence());
		return "packet";
	}

	private Packet packet(UUID id, @Nullable String purpose) {
		CurrentUser user = users.current();
		CaseDetail kase = cases.detail(new CaseId(id), user, purpose);
		Packet packet = assembler.assemble(kase);
		audit.recordAll(List.of(AuditedAccess.read("packet", kase.patient().ref(),
				"Case/" + id + "/packet")), purpose);
		return packet;
	}

}
