package org.secondopinion.sandbox.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondopinion.sandbox.export.ExportRequest.Scope;
import org.secondopinion.sandbox.store.FhirStore;
import org.secondopinion.sandbox.store.ResourceQuery;
import org.secondopinion.sandbox.store.StoredVersions;

class ExportJobTests {

	@TempDir
	Path directory;

	private final FhirStore store = new FhirStore(Clock.systemUTC());

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void splitsATypeIntoFilesOfAtMostSoManyResources() throws Exception {
		for (int number = 1; number <= 5; number++) {
			store.put(new Condition().setSubject(new Reference("Patient/p")).setId("c-" + number));
		}
		ExportJob job = job(new ExportRequest("url", List.of("Condition"), null, Scope.SYSTEM, Set.of()), 2);

		job.run();

		assertThat(job.status()).isEqualTo(ExportJob.Status.COMPLETE);
		assertThat(job.outputs()).containsExactly(new ExportJob.Output("Condition", "Condition-1.ndjson", 2),
				new ExportJob.Output("Condition", "Condition-2.ndjson", 2),
				new ExportJob.Output("Condition", "Condition-3.ndjson", 1));
		assertThat(Files.readAllLines(job.file("Condition-3.ndjson"))).singleElement()
			.asString()
			.contains("\"id\":\"c-5\"");
	}

	@Test
	void groupScopeKeepsTheMembersAndTheirPatientResources() throws Exception {
		store.put(new Patient().setId("in"));
		store.put(new Patient().setId("out"));
		store.put(new Condition().setSubject(new Reference("Patient/in")).setId("c-in"));
		store.put(new Condition().setSubject(new Reference("Patient/out")).setId("c-out"));
		ExportJob job = job(new ExportRequest("url", List.of("Patient", "Condition"), null, Scope.GROUP,
				Set.of("in")), 100);

		job.run();

		assertThat(job.outputs()).extracting(ExportJob.Output::count).containsExactly(1, 1);
		assertThat(Files.readString(job.file("Condition-1.ndjson"))).contains("c-in").doesNotContain("c-out");
	}

	@Test
	void aCancelledJobStaysCancelledAndLeavesNoFiles() {
		store.put(new Patient().setId("p"));
		ExportJob job = job(new ExportRequest("url", List.of("Patient"), null, Scope.SYSTEM, Set.of()), 100);
		assertThat(job.status()).isEqualTo(ExportJob.Status.RUNNING);
		assertThat(job.progress()).isEqualTo("Queued");

		job.cancel();
		job.run();

		assertThat(job.status()).isEqualTo(ExportJob.Status.CANCELLED);
		assertThat(directory.resolve("job")).doesNotExist();
		assertThat(job.file("Patient-1.ndjson")).isNull();
	}

	@Test
	void offersOnlyTheFilesItWrote() {
		ExportJob job = job(new ExportRequest("url", List.of("Patient"), null, Scope.SYSTEM, Set.of()), 100);
		job.run();

		assertThat(job.file("../../etc/passwd")).isNull();
	}

	private ExportJob job(ExportRequest request, int resourcesPerFile) {
		Map<String, StoredVersions> snapshot = store.find(request.types(), ResourceQuery.all());
		return new ExportJob("job", request, snapshot, java.time.Instant.now(), directory.resolve("job"),
				FhirContext.forR4Cached(), resourcesPerFile, Clock.systemUTC());
	}

}
