package org.secondopinion.sandbox.population;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Synthea's bundles into plain resources. Synthea writes a transaction Bundle per patient, whose entries refer
 * to each other by {@code urn:uuid:} full URLs and to practitioners, organizations and locations by conditional
 * references ({@code Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999981498}); and batch bundles of those
 * practitioners and organizations, which refer to each other by identifier only. Every such reference becomes a plain
 * {@code Type/id} reference to the resource it names, as a FHIR server would store it. A patient's bundle refers only
 * to itself and to the shared resources, so the bundles can be read one at a time, on several threads.
 */
final class TransactionBundles {

	private static final Logger log = LoggerFactory.getLogger(TransactionBundles.class);

	private final FhirContext context;

	private final AtomicInteger unresolved = new AtomicInteger();

	TransactionBundles(FhirContext context) {
		this.context = context;
	}

	/** The resources all patients share, from the hospital and practitioner bundles Synthea wrote to the directory. */
	SharedResources readShared(Path fhirDirectory) {
		return shared(list(fhirDirectory).stream().filter(TransactionBundles::isShared).map(this::parse).toList());
	}

	/** The patients' bundles Synthea wrote to the directory, in the order of their names (the patients' ids). */
	List<Path> patientBundles(Path fhirDirectory) {
		return list(fhirDirectory).stream().filter(file -> !isShared(file)).toList();
	}

	/** The record in a patient's bundle, with plain references. Safe to call from several threads. */
	PatientRecord readRecord(Path bundle, SharedResources shared) {
		return record(parse(bundle), shared);
	}

	/** Resolves the references of the shared bundles' and the patients' bundles' resources. */
	BasePopulation resolve(List<Bundle> sharedBundles, List<Bundle> patientBundles) {
		SharedResources shared = shared(sharedBundles);
		return new BasePopulation(shared.resources(),
				patientBundles.stream().map(bundle -> record(bundle, shared)).toList());
	}

	/** Warns if some references named nothing in Synthea's output, and forgets them. */
	void reportUnresolved() {
		int count = unresolved.getAndSet(0);
		if (count > 0) {
			log.warn("{} references in Synthea's output name no resource of it; they are left as they are", count);
		}
	}

	private SharedResources shared(List<Bundle> bundles) {
		ReferenceTargets targets = new ReferenceTargets(null);
		List<BundleEntryComponent> entries = bundles.stream().flatMap(bundle -> bundle.getEntry().stream()).toList();
		entries.forEach(targets::add);
		List<Resource> resources = entries.stream().map(BundleEntryComponent::getResource).toList();
		resolve(resources, targets);
		return new SharedResources(resources, targets);
	}

	private PatientRecord record(Bundle bundle, SharedResources shared) {
		ReferenceTargets targets = new ReferenceTargets(shared.targets());
		bundle.getEntry().forEach(targets::add);
		List<Resource> resources = new ArrayList<>(
				bundle.getEntry().stream().map(BundleEntryComponent::getResource).toList());
		resources.sort(Comparator.comparing(resource -> resource instanceof Patient ? 0 : 1));
		resolve(resources, targets);
		return new PatientRecord(resources);
	}

	private void resolve(List<Resource> resources, ReferenceTargets targets) {
		FhirTerser terser = context.newTerser();
		for (Resource resource : resources) {
			resource.setId(resource.getIdElement().getIdPart());
			for (Reference reference : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
				if (!targets.resolve(reference)) {
					unresolved.incrementAndGet();
				}
			}
		}
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

	private static boolean isShared(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith("hospitalInformation") || name.startsWith("practitionerInformation");
	}

	private static List<Path> list(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list Synthea's output " + directory, ex);
		}
	}

	/** The practitioners, their roles, organizations and locations, and what references to them name. */
	record SharedResources(List<Resource> resources, ReferenceTargets targets) {
	}

}
