package org.secondopinion.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class ResourceReadWriteTests {

	private static final Coding HYPERTENSION = new Coding("http://snomed.info/sct", "38341003", "Hypertension");

	@LocalServerPort
	private int port;

	private IGenericClient client;

	@BeforeEach
	void connect() {
		client = FhirContext.forR4Cached().newRestfulGenericClient("http://localhost:" + port + "/fhir");
	}

	@Test
	void createdResourceIsReadBackUnderTheIdTheServerAssigned() {
		MethodOutcome outcome = client.create().resource(condition("Patient/endpoint-create")).execute();

		Condition read = client.read().resource(Condition.class).withId(outcome.getId().getIdPart()).execute();

		assertThat(outcome.getCreated()).isTrue();
		assertThat(read.getIdElement().getIdPart()).isEqualTo(outcome.getId().getIdPart());
		assertThat(read.getMeta().getVersionId()).isEqualTo("1");
		assertThat(read.getMeta().getLastUpdated()).isNotNull();
		assertThat(read.getCode().getCodingFirstRep().getCode()).isEqualTo("38341003");
		assertThat(read.getSubject().getReference()).isEqualTo("Patient/endpoint-create");
	}

	@Test
	void updateIncrementsVersionIdAndLastUpdated() {
		Condition created = (Condition) client.create()
			.resource(condition("Patient/endpoint-update"))
			.execute()
			.getResource();
		Condition changed = created.copy();
		changed.setNote(List.of(new Annotation().setText("reviewed")));

		MethodOutcome outcome = client.update().resource(changed).execute();
		Condition read = client.read().resource(Condition.class).withId(created.getIdElement().getIdPart()).execute();

		assertThat(outcome.getCreated()).isNotEqualTo(Boolean.TRUE);
		assertThat(read.getMeta().getVersionId()).isEqualTo("2");
		assertThat(read.getMeta().getLastUpdated()).isAfter(created.getMeta().getLastUpdated());
		assertThat(client.read().resource(Condition.class).withIdAndVersion(read.getIdPart(), "1").execute().hasNote())
			.isFalse();
	}

	@Test
	void updateOfAnAbsentResourceCreatesIt() {
		Condition condition = condition("Patient/endpoint-upsert");
		condition.setId("endpoint-upsert-1");

		MethodOutcome outcome = client.update().resource(condition).execute();

		assertThat(outcome.getCreated()).isTrue();
		assertThat(client.read().resource(Condition.class).withId("endpoint-upsert-1").execute().getMeta().getVersionId())
			.isEqualTo("1");
	}

	@Test
	void readOfAnUnknownIdIsNotFound() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> client.read().resource(Condition.class).withId("no-such-condition").execute());
	}

	private static Condition condition(String subject) {
		return new Condition().setCode(new CodeableConcept(HYPERTENSION)).setSubject(new Reference(subject));
	}

}
