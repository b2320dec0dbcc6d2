package org.secondopinion.assessment.criteria;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.secondopinion.events.PatientKey;

class ProbeCaseTests {

	@Test
	void probe() throws Exception {
		String file = System.getProperty("probe.case");
		if (file == null) {
			return;
		}
		FhirContext fhir = FhirContext.forR4Cached();
		Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, Files.readString(Path.of(file)));
		List<Resource> resources = new ArrayList<>();
		bundle.getEntry().forEach(e -> resources.add(e.getResource()));
		var picture = org.secondopinion.assessment.picture.PictureFixtures.picture(new PatientKey("probe", "p"), resources);
		DiagnosisSymptomMismatch criterion = new DiagnosisSymptomMismatch(fhir,
				RuleSettings.load("diagnosis-mismatch", MismatchSettings.class));
		System.out.println("PROBE: " + criterion.evaluate(picture, Instant.parse(System.getProperty("probe.now", "2026-12-01T12:00:00Z"))));
	}

}
