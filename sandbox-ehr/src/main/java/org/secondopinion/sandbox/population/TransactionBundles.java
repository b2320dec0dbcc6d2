package org.secondopinion.sandbox.population;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Synthea's bundles into plain resources. Synthea writes a transaction Bundle per patient, whose entries refer
 * to each other by {@code urn:uuid:} full URLs and to practitioners, organizations and locations by conditional
 * references ({@code Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999981498}); and batch bundles of those
 * practitioners and organizations, which refer to each other by identifier only. Every such reference becomes a plain
 * {@code Type/id} reference to the resource it names, as a FHIR server would store it.
 */
final class TransactionBundles {

	private static final Logger log = LoggerFactory.getLogger(TransactionBundles.class);

	private static final String URN_UUID = "urn:uuid:";

	private final FhirContext context;

	private final FhirTerser terser;

	TransactionBundles(FhirContext context) {
		this.context = context;
		this.terser = context.newTerser();
	}

	/**
	 * Reads the bundles Synthea wrote to {@code fhirDirectory}: the hospital and practitioner bundles, and the
	 * patients' bundles in the order of their file names (their patients' ids), so that the order is the same on
	 * every run.
	 */
	BasePopulation read(Path fhirDirectory) {
		List<Path> files = list(fhirDirectory);
		List<Bundle> shared = new ArrayList<>();
		List<Bundle> patients = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (name.startsWith("hospitalInformation") || name.startsWith("practitionerInformation")) {
				shared.add(parse(file));
			}
			else {
				patients.add(parse(file));
			}
		}
		return resolve(shared, patients);
	}

	/** Resolves the references of the shared bundles' and the patients' bundles' resources. */
	BasePopulation resolve(List<Bundle> sharedBundles, List<Bundle> patientBundles) {
		Targets targets = new Targets();
		Stream.concat(sharedBundles.stream(), patientBundles.stream())
			.flatMap(bundle -> bundle.getEntry().stream())
			.forEach(targets::add);
		List<Resource> shared = sharedBundles.stream()
			.flatMap(bundle -> bundle.getEntry().stream())
			.map(BundleEntryComponent::getResource)
			.toList();
		List<PatientRecord> patients = patientBundles.stream().map(TransactionBundles::record).toList();
		BasePopulation population = new BasePopulation(shared, patients);
		int[] unresolved = { 0 };
		population.resources().forEach(resource -> {
			resource.setId(resource.getIdElement().getIdPart());
			for (Reference reference : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
				if (!targets.resolve(reference)) {
					unresolved[0]++;
				}
			}
		});
		if (unresolved[0] > 0) {
			log.warn("{} references in Synthea's output name no resource of it; they are left as they are",
					unresolved[0]);
		}
		return population;
	}

	private static PatientRecord record(Bundle bundle) {
		List<Resource> resources = new ArrayList<>(
				bundle.getEntry().stream().map(BundleEntryComponent::getResource).toList());
		resources.sort(Comparator.comparing(resource -> resource instanceof Patient ? 0 : 1));
		return new PatientRecord(resources);
	}

	private Bundle parse(Path file) {
		IParser parser = context.newJsonParser().setOverrideResourceIdWithBundleEntryFullUrl(false);
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parser.parseResource(Bundle.class, reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read Synthea's bundle " + file, ex);
		}
	}

	private static List<Path> list(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list Synthea's output " + directory, ex);
		}
	}

	/** What the references in Synthea's bundles may name, and the plain reference to each. */
	private static final class Targets {

		/** Full URLs ({@code urn:uuid:...}) and conditional references, to {@code Type/id}. */
		private final Map<String, String> byUrl = new HashMap<>();

		/** {@code system|value} of every identifier, to {@code Type/id}, or to {@code ""} if it is not unique. */
		private final Map<String, String> byIdentifier = new HashMap<>();

		void add(BundleEntryComponent entry) {
			Resource resource = entry.getResource();
			String target = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
			if (entry.hasFullUrl()) {
				byUrl.put(entry.getFullUrl(), target);
			}
			byUrl.put(URN_UUID + resource.getIdElement().getIdPart(), target);
			for (Identifier identifier : identifiers(resource)) {
				String key = identifier.getSystem() + "|" + identifier.getValue();
				byUrl.put(resource.fhirType() + "?identifier=" + key, target);
				byIdentifier.merge(key, target, (first, second) -> first.equals(second) ? first : "");
			}
		}

		/** Makes the reference plain if it is Synthea's kind; returns whether it could. */
		boolean resolve(Reference reference) {
			if (reference.hasReference()) {
				String url = reference.getReference();
				if (!url.startsWith(URN_UUID) && !url.contains("?")) {
					return true;
				}
				String target = byUrl.get(url);
				if (target != null) {
					reference.setReference(target);
				}
				return target != null;
			}
			if (reference.hasIdentifier()) {
				Identifier identifier = reference.getIdentifier();
				String target = byIdentifier.get(identifier.getSystem() + "|" + identifier.getValue());
				if (target != null && !target.isEmpty()) {
					reference.setReference(target);
				}
			}
			return true;
		}

		private static List<Identifier> identifiers(Resource resource) {
			Property property = resource.getNamedProperty("identifier");
			if (property == null) {
				return List.of();
			}
			return property.getValues()
				.stream()
				.filter(Identifier.class::isInstance)
				.map(Identifier.class::cast)
				.filter(identifier -> identifier.hasSystem() && identifier.hasValue())
				.toList();
		}

	}

}
