package org.secondopinion.assessment.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondopinion.assessment.picture.PictureFixtures;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The symptom codes a record written elsewhere carries, read by the persistent-symptoms rule: the palpitations
 * fixture (recorded on three dates over eight weeks, every test normal) with the symptom coded instead as the
 * Observation's own code. A symptom code outside ICD-10-CM chapter XVIII or a SNOMED CT finding is a symptom; a
 * diagnosis of the same body system is not (it explains symptoms, it is not one).
 */
class SymptomCodesTests {

	private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	private static final String FIXTURE = "fixtures/persistent-symptoms-normal-workup/palpitations-on-three-dates-with-normal-tests.json";

	private static final String ICD = "http://hl7.org/fhir/sid/icd-10-cm";

	private static final String SNOMED = "http://snomed.info/sct";

	private final PersistentSymptomsNormalWorkup criterion = new PersistentSymptomsNormalWorkup(
			RuleSettings.valueSetFiles(), RuleSettings.load("persistent-symptoms", PersistentSymptomsSettings.class));

	@TempDir
	Path directory;

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			ICD    | M54.50    | low back pain, unspecified
			ICD    | M54.2     | cervicalgia
			ICD    | M25.561   | pain in right knee
			ICD    | M79.10    | myalgia, unspecified site
			ICD    | M79.604   | pain in right leg
			ICD    | G47.00    | insomnia, unspecified
			ICD    | K59.00    | constipation, unspecified
			ICD    | H93.11    | tinnitus, right ear
			ICD    | L29.9     | pruritus, unspecified
			ICD    | R42       | dizziness and giddiness
			SNOMED | 42984000  | night sweats
			SNOMED | 399153001 | vertigo
			SNOMED | 386705008 | lightheadedness
			SNOMED | 224960004 | tired
			SNOMED | 448765001 | unintentional weight loss
			SNOMED | 422400008 | vomiting
			SNOMED | 279039007 | low back pain
			SNOMED | 91019004  | paresthesia
			SNOMED | 247355005 | flank pain
			SNOMED | 81680005  | neck pain
			SNOMED | 30989003  | knee pain
			SNOMED | 60845006  | dyspnoea on exertion
			""")
	void flagsASymptomCodedOutsideTheRChapterOrAsAFinding(String system, String code, String name) throws IOException {
		assertThat(criterion.evaluate(pictureWithSymptom(system, code, name), NOW)).as(name).isPresent();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			ICD    | M79.7     | fibromyalgia
			ICD    | M54.16    | radiculopathy, lumbar region
			ICD    | H81.10    | benign paroxysmal vertigo
			ICD    | K30       | functional dyspepsia
			ICD    | M17.11    | primary osteoarthritis, right knee
			SNOMED | 203082005 | fibromyalgia
			SNOMED | 37796009  | migraine
			SNOMED | 95570007  | kidney stone
			""")
	void ignoresADiagnosisOfTheSameBodySystem(String system, String code, String name) throws IOException {
		assertThat(criterion.evaluate(pictureWithSymptom(system, code, name), NOW)).as(name).isEmpty();
	}

	private org.secondopinion.assessment.picture.ClinicalPicture pictureWithSymptom(String system, String code,
			String name) throws IOException {
		String coding = "{\"system\": \"" + ("ICD".equals(system) ? ICD : SNOMED) + "\", \"code\": \"" + code
				+ "\", \"display\": \"" + name + "\"}";
		String fixture;
		try (InputStream in = new ClassPathResource(FIXTURE).getInputStream()) {
			fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String rewritten = fixture
			.replace("{\"system\": \"http://loinc.org\", \"code\": \"75325-1\", \"display\": \"Symptom\"}", coding)
			.replace("{\"system\": \"http://snomed.info/sct\", \"code\": \"80313002\", \"display\": \"Palpitations\"}", coding);
		assertThat(rewritten).doesNotContain("75325-1").doesNotContain("80313002");
		Path file = directory.resolve(code + ".json");
		Files.writeString(file, rewritten);
		return PictureFixtures.picture(file.toAbsolutePath().toString());
	}

}
