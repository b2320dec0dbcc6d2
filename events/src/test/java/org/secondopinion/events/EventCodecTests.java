package org.secondopinion.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTests {

	private static final OffsetDateTime TIME = OffsetDateTime.of(2026, 3, 1, 10, 15, 30, 0, ZoneOffset.UTC);

	private final EventCodec codec = new EventCodec();

	@Test
	void roundTripsResourceUpsertedWithTheResourceAsServed() {
		JsonNode resource = json("""
				{"resourceType":"ServiceRequest","id":"sr-1","meta":{"versionId":"3","lastUpdated":"2026-03-01T10:00:00Z"},
				 "status":"active","intent":"order","subject":{"reference":"Patient/p-7"},"x-unknown":[1,2]}""");
		CloudEvent event = ResourceEvents.upserted("ehr-a", resource, TIME);

		CloudEvent read = codec.read(codec.write(event));

		assertThat(read).isEqualTo(event);
		assertThat(read.id()).isEqualTo("ehr-a/ServiceRequest/sr-1/_history/3");
		assertThat(read.source()).isEqualTo("/fhir-gateway/ehr-a");
		assertThat(read.type()).isEqualTo("org.secondopinion.resource.upserted");
		assertThat(read.subject()).isEqualTo("Patient/p-7");
		assertThat(read.data()).isEqualTo(resource);
	}

	@Test
	void roundTripsFlagRaisedIntoThePayloadRecord() {
		FlagPayload flag = new FlagPayload("f-1", new FlagPayload.PatientSummary("ehr-a", "p-7", "Ana Silva", "1961-04-02", "MRN-1"),
				"north", Priority.URGENT, FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED, "Spinal fusion is planned.",
						List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/3", "Spinal fusion")))),
				null, "2026.1", TIME);
		CloudEvent event = FlagEvents.of(codec, "outbox-42", EventType.FLAG_RAISED, flag, TIME);

		CloudEvent read = codec.read(codec.write(event));

		assertThat(read.eventType()).isEqualTo(EventType.FLAG_RAISED);
		assertThat(codec.data(read, FlagPayload.class)).isEqualTo(flag);
		assertThat(read.data().has("coverage")).as("absent optional fields are left out").isFalse();
	}

	@Test
	void carriesTheDueDateOfAPlannedProcedureAsACalendarDay() {
		FlagPayload flag = new FlagPayload("f-2", new FlagPayload.PatientSummary("ehr-a", "p-8", null, null, null), null,
				Priority.ROUTINE, FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.MAJOR_PROCEDURE_PLANNED,
						"Spinal fusion was scheduled for 18 Nov 2026 and is not recorded as performed; confirm whether it took place before referring.",
						List.of(new FlagPayload.Evidence("ServiceRequest/sr-1/_history/3", "Spinal fusion")),
						new FlagPayload.Due(LocalDate.of(2026, 11, 18), true))),
				null, "2026.1", TIME);

		CloudEvent read = codec.read(codec.write(FlagEvents.of(codec, "outbox-43", EventType.FLAG_UPDATED, flag, TIME)));

		assertThat(codec.data(read, FlagPayload.class)).isEqualTo(flag);
		assertThat(read.data().get("criteria").get(0).get("due").toString())
			.isEqualTo("{\"date\":\"2026-11-18\",\"overdue\":true}");
	}

	@Test
	void rejectsADueDateWithoutItsOverdueMark() {
		ObjectNode event = validEnvelope();
		event.put("type", "org.secondopinion.flag.raised");
		event.set("data", json("""
				{"flagId":"f","patient":{"ehrId":"e","id":"p"},"priority":"routine","status":"open",
				 "criteria":[{"code":"MAJOR_PROCEDURE_PLANNED","reason":"r","evidence":[],"due":{"date":"2026-11-18"}}],
				 "rulesetVersion":"1","assessedAt":"2026-03-01T10:15:30Z"}"""));

		assertThatThrownBy(() -> codec.read(bytes(event))).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("overdue");
	}

	@Test
	void roundTripsTheOrganisationReferencesOfAFlagWithTheirSources() {
		FlagPayload flag = new FlagPayload("f-2", new FlagPayload.PatientSummary("ehr-a", "p-8", null, null, null),
				null, Priority.ROUTINE, FlagStatus.OPEN,
				List.of(new FlagPayload.CriterionMet(CriterionCode.RARE_OR_COMPLEX_CONDITION, "Fabry disease is rare.", List.of())),
				null, "2026.1", TIME,
				List.of(new FlagPayload.OrganizationReference("managing-organization", "Organization/o-1",
						new FlagPayload.Identifier("urn:oid:2.16.840.1.113883.4.4", "12-3456789"), "Hill Clinic"),
						new FlagPayload.OrganizationReference("encounter-location", "Location/l-1", null, null)));
		CloudEvent event = FlagEvents.of(codec, "outbox-43", EventType.FLAG_UPDATED, flag, TIME);

		CloudEvent read = codec.read(codec.write(event));

		assertThat(codec.data(read, FlagPayload.class)).isEqualTo(flag);
		assertThat(read.data().path("organizations").get(0).path("identifier").path("system").asString())
			.isEqualTo("urn:oid:2.16.840.1.113883.4.4");
	}

	@Test
	void readsAFlagOfAnOlderProducerWithoutOrganisationReferencesAsNotSent() {
		ObjectNode event = validEnvelope();
		event.put("type", "org.secondopinion.flag.raised");
		event.set("data", json("""
				{"flagId":"f","patient":{"ehrId":"e","id":"p"},"facility":"North Clinic","priority":"routine","status":"open",
				 "criteria":[],"rulesetVersion":"1","assessedAt":"2026-03-01T10:15:30Z"}"""));

		FlagPayload flag = codec.data(codec.read(bytes(event)), FlagPayload.class);

		assertThat(flag.organizations()).isNull();
		assertThat(flag.facility()).isEqualTo("North Clinic");
	}

	@Test
	void rejectsAnOrganisationReferenceWithoutItsSource() {
		ObjectNode event = validEnvelope();
		event.put("type", "org.secondopinion.flag.raised");
		event.set("data", json("""
				{"flagId":"f","patient":{"ehrId":"e","id":"p"},"priority":"routine","status":"open","criteria":[],
				 "organizations":[{"reference":"Organization/o-1"}],"rulesetVersion":"1","assessedAt":"2026-03-01T10:15:30Z"}"""));

		assertThatThrownBy(() -> codec.read(bytes(event))).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("Data of flag.raised event")
			.hasMessageContaining("source");
	}

	@Test
	void rejectsTextThatIsNotJson() {
		assertThatThrownBy(() -> codec.read("{\"specversion\": ".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidEventException.class)
			.hasMessageStartingWith("Event is not valid JSON");
	}

	@Test
	void rejectsAnUnknownSpecVersionByName() {
		ObjectNode event = validEnvelope();
		event.put("specversion", "2.0");

		assertThatThrownBy(() -> codec.read(bytes(event))).isInstanceOf(UnsupportedEventVersionException.class)
			.hasMessageContaining("'2.0'");
	}

	@Test
	void rejectsAnUnknownEventType() {
		ObjectNode event = validEnvelope();
		event.put("type", "org.secondopinion.resource.frobnicated");

		assertThatThrownBy(() -> codec.read(bytes(event))).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("Unknown event type 'org.secondopinion.resource.frobnicated'");
	}

	@Test
	void rejectsAnEnvelopeWithoutIdNamingTheMissingField() {
		ObjectNode event = validEnvelope();
		event.remove("id");

		assertThatThrownBy(() -> codec.read(bytes(event))).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("Event envelope violates its JSON Schema")
			.hasMessageContaining("id");
	}

	@Test
	void rejectsFlagDataWithAnUnknownCriterionCode() {
		ObjectNode event = validEnvelope();
		event.put("type", "org.secondopinion.flag.raised");
		event.set("data", json("""
				{"flagId":"f","patient":{"ehrId":"e","id":"p"},"priority":"routine","status":"open",
				 "criteria":[{"code":"FEELS_OFF","reason":"r","evidence":[]}],"rulesetVersion":"1","assessedAt":"2026-03-01T10:15:30Z"}"""));

		assertThatThrownBy(() -> codec.read(bytes(event))).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("Data of flag.raised event")
			.hasMessageContaining("criteria");
	}

	@Test
	void refusesToWriteAnEventThatBreaksTheContract() {
		CloudEvent event = CloudEvent.of("x", "/fhir-gateway/e", EventType.RESOURCE_UPSERTED, "Patient/p", TIME,
				json("{\"id\":\"no-type\"}"));

		assertThatThrownBy(() -> codec.write(event)).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("resourceType");
	}

	private ObjectNode validEnvelope() {
		return (ObjectNode) codec.mapper()
			.readTree(codec.write(ResourceEvents.upserted("ehr-a",
					json("{\"resourceType\":\"Condition\",\"id\":\"c1\",\"subject\":{\"reference\":\"Patient/p\"}}"),
					TIME)));
	}

	private byte[] bytes(JsonNode node) {
		return codec.mapper().writeValueAsBytes(node);
	}

	private JsonNode json(String text) {
		return codec.mapper().readTree(text);
	}

}
