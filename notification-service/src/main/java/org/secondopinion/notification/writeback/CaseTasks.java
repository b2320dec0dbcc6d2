package org.secondopinion.notification.writeback;

import java.time.Instant;
import java.util.stream.Collectors;

import org.secondopinion.notification.cases.IncomingFlag;
import org.secondopinion.notification.cases.CaseDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A case as a FHIR R4 Task: identified by {@code urn:second-opinion:case|{caseId}}, for the patient, focused on
 * the first evidence, owned by the assignee, with the criteria as reasons and a status that follows the case.
 */
@Component
class CaseTasks {

	static final String CASE_SYSTEM = "urn:second-opinion:case";

	private final JsonMapper json = JsonMapper.builder().build();

	JsonNode task(CaseDetail c, Instant lastModified) {
		ObjectNode task = json.createObjectNode();
		task.put("resourceType", "Task");
		task.putArray("identifier").addObject().put("system", CASE_SYSTEM).put("value", c.id());
		task.put("status", status(c));
		task.putObject("businessStatus").put("text", c.status());
		task.put("intent", "plan");
		task.put("priority", switch (c.priority()) {
			case URGENT -> "urgent";
			case HIGH -> "asap";
			case ROUTINE -> "routine";
		});
		ObjectNode code = task.putObject("code");
		code.putArray("coding").addObject().put("system", "urn:second-opinion:task").put("code", "second-opinion-review");
		code.put("text", "Review for a second medical opinion");
		task.put("description", "Second-opinion review: "
				+ c.criteria().stream().map(m -> m.code().code()).collect(Collectors.joining(", ")));
		task.putObject("for").put("reference", "Patient/" + c.patient().id());
		c.criteria().stream()
			.flatMap(m -> m.evidence().stream())
			.findFirst()
			.ifPresent(e -> task.putObject("focus").put("reference", e.reference()));
		task.put("authoredOn", c.createdAt().toString());
		task.put("lastModified", lastModified.toString());
		if (c.assignee() != null) {
			ObjectNode owner = task.putObject("owner");
			owner.putObject("identifier").put("system", "urn:second-opinion:coordinator").put("value", c.assignee());
			owner.put("display", c.assignee());
		}
		ObjectNode reason = task.putObject("reasonCode");
		ArrayNode codings = reason.putArray("coding");
		c.criteria().forEach(m -> codings.addObject().put("system", "urn:second-opinion:criterion").put("code", m.code().code()));
		reason.put("text", c.criteria().stream().map(IncomingFlag.CriterionMet::reason).collect(Collectors.joining(" ")));
		if (c.closure() != null) {
			ObjectNode statusReason = task.putObject("statusReason");
			statusReason.putArray("coding").addObject().put("system", "urn:second-opinion:close-reason")
				.put("code", c.closure().reasonCode());
			statusReason.put("text", c.closure().outcome() + ": " + c.closure().reason());
		}
		return task;
	}

	/** FHIR Task status for the case's status (and outcome, once closed). */
	static String status(CaseDetail c) {
		return switch (c.status()) {
			case "new" -> "requested";
			case "acknowledged" -> "accepted";
			case "in-review", "referred" -> "in-progress";
			case "closed" -> c.closure() != null && "second-opinion-obtained".equals(c.closure().outcome()) ? "completed"
					: "cancelled";
			default -> throw new IllegalStateException("Unknown case status " + c.status());
		};
	}

}
