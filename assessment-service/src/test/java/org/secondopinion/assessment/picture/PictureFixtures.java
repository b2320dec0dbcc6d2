package org.secondopinion.assessment.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.secondopinion.events.PatientRef;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/**
 * Builds a patient's picture from readable FHIR JSON fixtures through the real {@link PictureAssembler}, as the
 * service does from stored resources. A fixture is one resource or a {@code collection} Bundle of them; a resource
 * without {@code meta.versionId} is version 1.
 */
public final class PictureFixtures {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private static final PictureAssembler ASSEMBLER = new PictureAssembler(FHIR);

	private static final PictureAssembler CACHING = new PictureAssembler(FHIR, new PictureCacheSettings(1_000_000));

	private PictureFixtures() {
	}

	/**
	 * The picture of the fixtures' Patient (or of {@code p-1} when they hold none) from classpath files such as
	 * {@code fixtures/rare/fabry.json}, or from files on disk when the name is an absolute path.
	 */
	public static ClinicalPicture picture(String... classpathFiles) {
		IParser strict = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		IParser writer = FHIR.newJsonParser();
		List<PictureStore.StoredResource> stored = new ArrayList<>();
		String patientId = "p-1";
		for (String file : classpathFiles) {
			Resource resource = (Resource) strict.parseResource(read(file));
			List<Resource> resources = resource instanceof Bundle bundle
					? bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList()
					: List.of(resource);
			for (Resource r : resources) {
				if (r instanceof org.hl7.fhir.r4.model.Patient) {
					patientId = r.getIdElement().getIdPart();
				}
				String version = r.getMeta().hasVersionId() ? r.getMeta().getVersionId() : "1";
				stored.add(new PictureStore.StoredResource(r.fhirType(), version, writer.encodeResourceToString(r)));
			}
		}
		return new PictureAssembler(FHIR).assemble(PatientRef.of("test-ehr", patientId), stored);
	}

	/** The picture of a Patient and their resources, each as version 1 unless it says otherwise. */
	public static ClinicalPicture picture(PatientRef patient, List<Resource> resources) {
		IParser writer = FHIR.newJsonParser();
		List<PictureStore.StoredResource> stored = resources.stream()
			.map(r -> new PictureStore.StoredResource(r.fhirType(),
					r.getMeta().hasVersionId() ? r.getMeta().getVersionId() : "1", writer.encodeResourceToString(r)))
			.toList();
		return new PictureAssembler(FHIR).assemble(patient, stored);
	}

	/** The resources as the picture store keeps them (JSON as served, with its version), ready to assemble. */
	public static StoredRecord stored(List<Resource> resources) {
		IParser writer = FHIR.newJsonParser();
		return new StoredRecord(resources.stream()
			.filter(r -> PictureAssembler.TYPES.contains(r.fhirType()))
			.map(r -> {
				String version = r.getMeta().hasVersionId() ? r.getMeta().getVersionId() : "1";
				return new PictureStore.StoredResource(r.fhirType(), version, writer.encodeResourceToString(r),
						r.fhirType() + "/" + r.getIdPart() + "/_history/" + version);
			})
			.toList());
	}

	/** Assembles a stored record as the service does when it re-assesses the patient. */
	public static ClinicalPicture assemble(PatientRef patient, StoredRecord record) {
		return ASSEMBLER.assemble(patient, record.resources());
	}

	/**
	 * Assembles a stored record as the service does with its picture cache: resource versions assembled before
	 * are not parsed again.
	 */
	public static ClinicalPicture assembleCached(PatientRef patient, StoredRecord record) {
		return CACHING.assemble(patient, record.resources());
	}

	/**
	 * The record as the picture store keeps it after intake: each version's picture records in their stored form
	 * (derived as intake derives them), and no JSON.
	 */
	public static StoredRecord storedForm(StoredRecord record) {
		return new StoredRecord(record.resources().stream().map(r -> {
			String id = FHIR.newJsonParser().parseResource(r.json()).getIdElement().getIdPart();
			byte[] records = ASSEMBLER.check(r.resourceType(), id, r.versionId(), r.json()).records();
			return new PictureStore.StoredResource(r.resourceType(), r.versionId(), null, r.key(), records);
		}).toList());
	}

	/**
	 * Assembles a record kept in the stored form as the service does after a restart: no cache, nothing parsed;
	 * fails when any resource would need its JSON.
	 */
	public static ClinicalPicture assembleStored(PatientRef patient, StoredRecord record) {
		return ASSEMBLER.assemble(patient, record.resources(), stored -> {
			throw new AssertionError(stored.resourceType() + " version " + stored.versionId() + " needed its JSON");
		}, derived -> {
			throw new AssertionError(derived.resourceType() + " was derived again");
		});
	}

	/** One patient's resources as stored JSON. */
	public record StoredRecord(List<PictureStore.StoredResource> resources) {

		public int size() {
			return resources.size();
		}

		/** The stored JSON's length in characters, summed. */
		public long characters() {
			return resources.stream().mapToLong(r -> r.json() == null ? 0 : r.json().length()).sum();
		}

		/** The stored records' length in bytes, summed. */
		public long recordBytes() {
			return resources.stream().mapToLong(r -> r.records() == null ? 0 : r.records().length).sum();
		}

	}

	private static String read(String file) {
		try (InputStream in = file.startsWith("/") ? new FileSystemResource(file).getInputStream()
				: new ClassPathResource(file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read fixture " + file, ex);
		}
	}

}
