package org.secondopinion.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secondopinion.sandbox.SandboxEhrTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxEhrTest
class TaskWriteBackTests {

	private static final String CASES = "urn:second-opinion:case";

	@LocalServerPort
	private int port;

	private IGenericClient client;

	@BeforeEach
	void connect() {
		client = FhirContext.forR4Cached().newRestfulGenericClient(base());
	}

	@Test
	void conditionalCreateCreatesOnceAndThenAnswersWithTheExistingTask() {
		MethodOutcome first = createIfNoneExist(task("case-1"), "case-1");
		MethodOutcome second = createIfNoneExist(task("case-1").setDescription("sent again"), "case-1");

		assertThat(first.getCreated()).isTrue();
		assertThat(second.getCreated()).isNotEqualTo(Boolean.TRUE);
		assertThat(second.getId().getIdPart()).isEqualTo(first.getId().getIdPart());
		assertThat(client.read().resource(Task.class).withId(first.getId().getIdPart()).execute().hasDescription())
			.isFalse();
		assertThat(byIdentifier("case-1").getEntry()).hasSize(1);
	}

	@Test
	void answers201ThenA200WithTheTaskOverHttp() throws Exception {
		String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(task("case-http"));

		HttpResponse<String> created = post(json, "identifier=" + CASES + "|case-http");
		HttpResponse<String> repeated = post(json, "identifier=" + CASES + "|case-http");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(repeated.statusCode()).isEqualTo(200);
		Task existing = FhirContext.forR4Cached().newJsonParser().parseResource(Task.class, repeated.body());
		assertThat(existing.getIdentifierFirstRep().getValue()).isEqualTo("case-http");
		assertThat(created.headers().firstValue("Location").orElseThrow())
			.contains("/Task/" + existing.getIdPart() + "/_history/1");
	}

	@Test
	void concurrentWriteBacksOfOneCaseCreateOneTask() throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			List<Callable<MethodOutcome>> calls = new ArrayList<>();
			for (int attempt = 0; attempt < 16; attempt++) {
				calls.add(() -> createIfNoneExist(task("case-race"), "case-race"));
			}
			List<Boolean> created = new ArrayList<>();
			for (Future<MethodOutcome> outcome : executor.invokeAll(calls)) {
				created.add(outcome.get().getCreated());
			}

			assertThat(created).containsOnlyOnce(true);
			assertThat(byIdentifier("case-race").getEntry()).hasSize(1);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void aDeletedTaskDoesNotBlockANewOne() {
		MethodOutcome first = createIfNoneExist(task("case-deleted"), "case-deleted");
		client.delete().resourceById(first.getId().toUnqualifiedVersionless()).execute();

		MethodOutcome second = createIfNoneExist(task("case-deleted"), "case-deleted");

		assertThat(second.getCreated()).isTrue();
		assertThat(second.getId().getIdPart()).isNotEqualTo(first.getId().getIdPart());
	}

	@Test
	void conditionalUpdateChangesTheTaskWithTheIdentifier() {
		MethodOutcome created = createIfNoneExist(task("case-update"), "case-update");

		MethodOutcome updated = client.update()
			.resource(task("case-update").setStatus(TaskStatus.COMPLETED))
			.conditionalByUrl("Task?identifier=" + CASES + "|case-update")
			.execute();

		assertThat(updated.getId().getIdPart()).isEqualTo(created.getId().getIdPart());
		assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");
		assertThat(client.read().resource(Task.class).withId(created.getId().getIdPart()).execute().getStatus())
			.isEqualTo(TaskStatus.COMPLETED);
		assertThat(byIdentifier("case-update").getEntry()).hasSize(1);
	}

	@Test
	void conditionalUpdateCreatesTheTaskWhenNoneHasTheIdentifier() {
		MethodOutcome outcome = client.update()
			.resource(task("case-upsert"))
			.conditionalByUrl("Task?identifier=" + CASES + "|case-upsert")
			.execute();

		assertThat(outcome.getCreated()).isTrue();
		assertThat(byIdentifier("case-upsert").getEntry()).hasSize(1);
	}

	@Test
	void refusesConditionsOtherThanAnIdentifier() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> client.create().resource(task("case-other")).conditionalByUrl("Task?status=requested")
				.execute());
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> client.create().resource(new org.hl7.fhir.r4.model.Condition())
				.conditionalByUrl("Condition?identifier=x|y")
				.execute());
	}

	@Test
	void patientsAreFoundByTheirMedicalRecordNumber() {
		Patient patient = client.read().resource(Patient.class).withId("p-0001").execute();

		Bundle found = client.search()
			.forResource(Patient.class)
			.where(Patient.IDENTIFIER.exactly()
				.systemAndCode(patient.getIdentifierFirstRep().getSystem(), patient.getIdentifierFirstRep().getValue()))
			.returnBundle(Bundle.class)
			.execute();

		assertThat(found.getEntry()).extracting(entry -> entry.getResource().getIdPart()).containsExactly("p-0001");
	}

	private MethodOutcome createIfNoneExist(Task task, String caseId) {
		return client.create().resource(task).conditionalByUrl("Task?identifier=" + CASES + "|" + caseId).execute();
	}

	private Bundle byIdentifier(String caseId) {
		return client.search()
			.forResource(Task.class)
			.where(Task.IDENTIFIER.exactly().systemAndCode(CASES, caseId))
			.returnBundle(Bundle.class)
			.execute();
	}

	private HttpResponse<String> post(String json, String ifNoneExist) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/Task"))
				.header("Content-Type", "application/fhir+json")
				.header("If-None-Exist", ifNoneExist)
				.POST(BodyPublishers.ofString(json))
				.build(), BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port + "/fhir";
	}

	private static Task task(String caseId) {
		Task task = new Task().setStatus(TaskStatus.REQUESTED).setIntent(TaskIntent.ORDER);
		task.addIdentifier().setSystem(CASES).setValue(caseId);
		task.setFor(new Reference("Patient/p-0001"));
		return task;
	}

}
