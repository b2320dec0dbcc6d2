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
import org.secondopinion.events.PatientKey;
import org.springframework.core.io.ClassPathResource;

/**
 * Builds a patient's picture from readable FHIR JSON fixtures through the real {@link PictureAssembler}, as the
 * service does from stored resources. A fixture is one resource or a {@code collection} Bundle of them; a resource
 * without {@code meta.versionId} is version 1.
 */
public final class PictureFixtures {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private PictureFixtures() {
	}

	/** The picture of patient {@code p-1} from the fixture files, e.g. {@code fixtures/rare/fabry.json}. */
	public static ClinicalPicture picture(String... classpathFiles) {
		IParser strict = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		IParser writer = FHIR.newJsonParser();
		List<PictureStore.StoredResource> stored = new ArrayList<>();
		for (String file : classpathFiles) {
			Resource resource = (Resource) strict.parseResource(read(file));
			List<Resource> resources = resource instanceof Bundle bundle
					? bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList()
					: List.of(resource);
			for (Resource r : resources) {
				String version = r.getMeta().hasVersionId() ? r.getMeta().getVersionId() : "1";
				stored.add(new PictureStore.StoredResource(r.fhirType(), version, writer.encodeResourceToString(r)));
			}
		}
		return new PictureAssembler(FHIR).assemble(new PatientKey("test-ehr", "p-1"), stored);
	}

	private static String read(String file) {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read fixture " + file, ex);
		}
	}

}
