package org.secondopinion.gateway.writeback;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.secondopinion.events.CloudEvent;
import org.secondopinion.events.EhrId;
import org.secondopinion.events.EventCodec;
import org.secondopinion.events.EventType;
import org.secondopinion.events.InvalidEventException;
import org.secondopinion.events.PatientKey;
import org.secondopinion.events.Topics;
import org.secondopinion.gateway.ehr.EhrAuthenticationException;
import org.secondopinion.gateway.ehr.EhrClient;
import org.secondopinion.gateway.ehr.EhrClients;
import org.secondopinion.gateway.ehr.EhrUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes requested Tasks into the patient's EHR, idempotently: {@code POST Task} with
 * {@code If-None-Exist: identifier=system|value}; if a Task with the identifier exists with another status, business
 * status or status reason, {@code PUT Task?identifier=system|value} brings it up to date. Logs name the event id and
 * the Task's id in the EHR, never its content.
 */
@Component
class EhrTaskWriter {

	private static final Logger log = LoggerFactory.getLogger(EhrTaskWriter.class);

	/** The fields whose change an update event carries. */
	private static final List<String> STATE_FIELDS = List.of("status", "businessStatus", "statusReason");

	private final EventCodec codec;

	private final EhrClients ehrs;

	EhrTaskWriter(EventCodec codec, EhrClients ehrs) {
		this.codec = codec;
		this.ehrs = ehrs;
	}

	@KafkaListener(id = "task-write-back", topics = Topics.EHR_WRITEBACK,
			containerFactory = WriteBackConfiguration.CONTAINER_FACTORY)
	void onRecord(ConsumerRecord<String, byte[]> record) {
		write(record.key(), codec.read(record.value()));
	}

	/** The outcome of writing one event's Task. */
	Outcome write(@Nullable String key, CloudEvent event) {
		if (event.eventType() != EventType.TASK_REQUESTED) {
			throw new InvalidEventException("Event " + event.id() + " on " + Topics.EHR_WRITEBACK + " is a "
					+ event.eventType().shortName() + ", not a task.requested");
		}
		if (key == null) {
			throw new InvalidEventException("Event " + event.id() + " has no key naming the patient's EHR");
		}
		PatientKey patient = PatientKey.parse(key);
		JsonNode data = event.data();
		if (!patient.reference().equals(data.path("for").path("reference").asString(""))) {
			throw new InvalidEventException("Task of event " + event.id() + " is not for the patient of its key");
		}
		EhrClient ehr = EhrId.parse(patient.ehrId())
			.flatMap(ehrs::find)
			.orElseThrow(() -> new InvalidEventException("Event " + event.id() + " names EHR '" + patient.ehrId()
					+ "', which is not configured"));
		Map<String, String> condition = Map.of("identifier", identifier(event));
		ObjectNode task = (ObjectNode) data.deepCopy();
		task.remove(List.of("id", "meta"));
		try {
			EhrClient.WriteOutcome created = ehr.createIfNoneExist("Task", task, condition);
			if (created.created()) {
				log.info("Created Task/{} in EHR {} for event {}", idOf(created), patient.ehrId(), event.id());
				return Outcome.CREATED;
			}
			if (sameState(created.resource(), task)) {
				log.info("Task/{} in EHR {} already as event {} asks", idOf(created), patient.ehrId(), event.id());
				return Outcome.UNCHANGED;
			}
			EhrClient.WriteOutcome updated = ehr.updateWhere("Task", task, condition);
			log.info("Updated Task/{} in EHR {} for event {}", idOf(updated), patient.ehrId(), event.id());
			return Outcome.UPDATED;
		}
		catch (EhrUnavailableException ex) {
			if (refusedByEhr(ex)) {
				throw new InvalidEventException("EHR " + patient.ehrId() + " refused the Task of event " + event.id()
						+ ": " + ex.getMessage(), ex);
			}
			throw ex;
		}
	}

	/** {@code system|value} of the Task's first identifier that has both. */
	private static String identifier(CloudEvent event) {
		for (JsonNode identifier : event.data().path("identifier")) {
			String system = identifier.path("system").asString("");
			String value = identifier.path("value").asString("");
			if (!system.isBlank() && !value.isBlank()) {
				return system + "|" + value;
			}
		}
		throw new InvalidEventException("Task of event " + event.id() + " has no identifier with system and value, "
				+ "so it cannot be written back idempotently");
	}

	private static boolean sameState(JsonNode existing, JsonNode requested) {
		return STATE_FIELDS.stream().allMatch(field -> Objects.equals(existing.get(field), requested.get(field)));
	}

	/**
	 * A client error of the EHR about this Task: retrying cannot help, so it is dead-lettered. Refused credentials
	 * are the gateway's problem, not the Task's: they are retried until an operator fixes them.
	 */
	private static boolean refusedByEhr(EhrUnavailableException ex) {
		if (ex instanceof EhrAuthenticationException) {
			return false;
		}
		int status = ex.status();
		return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
	}

	private static String idOf(EhrClient.WriteOutcome outcome) {
		return outcome.resource().path("id").asString("?");
	}

	enum Outcome {
		CREATED, UNCHANGED, UPDATED
	}

}
