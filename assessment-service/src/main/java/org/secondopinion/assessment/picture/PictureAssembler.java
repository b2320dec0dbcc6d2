package org.secondopinion.assessment.picture;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.events.PatientRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Reads stored FHIR resources into the records the criteria use. */
@Component
class PictureAssembler {

	/** The resource types the picture is built from; others are kept but change nothing the criteria see. */
	static final Set<String> TYPES = Set.of("Patient", "ServiceRequest", "Procedure", "Condition", "Observation",
			"Encounter", "MedicationRequest", "MedicationStatement", "CarePlan", "QuestionnaireResponse", "Communication",
			"Flag", "DocumentReference", "DiagnosticReport");

	private static final Logger log = LoggerFactory.getLogger(PictureAssembler.class);

	private static final String MRN_TYPE = "MR";

	private final FhirContext fhir;

	private final @Nullable Map<String, Fragment> cache;

	private final ZoneId zone;

	private final RecordsForm form;

	/** Without a cache: every assembly parses every resource; dates without a time are days in UTC. */
	PictureAssembler(FhirContext fhir) {
		this(fhir, new PictureCacheSettings(0));
	}

	PictureAssembler(FhirContext fhir, PictureCacheSettings settings) {
		this(fhir, settings, ZoneOffset.UTC);
	}

	@Autowired
	PictureAssembler(FhirContext fhir, PictureCacheSettings settings, AssessmentSettings assessment) {
		this(fhir, settings, assessment.dates().zone());
	}

	/** @param zone where a planned date written without a time is read as the start of its day */
	PictureAssembler(FhirContext fhir, PictureCacheSettings settings, ZoneId zone) {
		this.fhir = fhir;
		this.zone = zone;
		this.form = RecordsForm.of(zone);
		int capacity = settings.entries();
		this.cache = capacity <= 0 ? null : Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Fragment> eldest) {
				return size() > capacity;
			}

		});
	}

	/**
	 * Parses a resource as it arrived, as {@link #assemble} would: throws when it cannot be, and answers how many of
	 * its codings have a code but no system (the rules cannot compare them and leave them out), and the picture
	 * records of this version in their stored form.
	 * @throws UnreadableResourceException when the resource is not readable FHIR R4
	 */
	Checked check(String resourceType, String resourceId, String versionId, String json) {
		Resource resource;
		try {
			resource = (Resource) fhir.newJsonParser().parseResource(json);
		}
		catch (DataFormatException | ClassCastException ex) {
			throw new UnreadableResourceException(
					resourceType + "/" + resourceId + " cannot be read as FHIR R4: " + ex.getMessage(), ex);
		}
		if (!TYPES.contains(resource.fhirType())) {
			return new Checked(0, null);
		}
		int withoutSystem = 0;
		for (Coding coding : fhir.newTerser().getAllPopulatedChildElementsOfType(resource, Coding.class)) {
			if (coding.hasCode() && !coding.hasSystem()) {
				withoutSystem++;
			}
		}
		return new Checked(withoutSystem, RecordCodec.encode(fragment(resource, versionId)));
	}

	/**
	 * What {@link #check} found.
	 * @param records the picture records in their stored form; {@code null} for a type the picture does not read
	 */
	record Checked(int withoutSystem, byte @Nullable [] records) {
	}

	/** The form of stored records this assembler can use: records of another form are derived again. */
	RecordsForm form() {
		return form;
	}

	/** The patient's picture from their stored resources, each read from its stored records or else its JSON. */
	ClinicalPicture assemble(PatientRef patient, List<PictureStore.StoredResource> resources) {
		return assemble(patient, resources, stored -> null, derived -> {
		});
	}

	/**
	 * The patient's picture from their stored resources. Each resource version is read, in this order, from the
	 * cache (by its event id, so that re-assessing a patient after one change reads only the changed resource), from
	 * its stored records, or from its FHIR JSON (given, else asked of {@code bodies}); records derived from JSON are
	 * handed to {@code derived} to be stored.
	 */
	ClinicalPicture assemble(PatientRef patient, List<PictureStore.StoredResource> resources,
			Function<PictureStore.StoredResource, @Nullable String> bodies, Consumer<Derived> derived) {
		IParser parser = null;
		PatientDetails details = PatientDetails.unknown();
		PictureBuilder picture = new PictureBuilder(zone);
		for (PictureStore.StoredResource stored : resources) {
			if (!TYPES.contains(stored.resourceType())) {
				continue;
			}
			String key = stored.key();
			Fragment fragment = cache == null || key == null ? null : cache.get(key);
			if (fragment == null) {
				fragment = decode(stored);
			}
			if (fragment == null) {
				String json = stored.json() != null ? stored.json() : bodies.apply(stored);
				if (json == null) {
					continue;
				}
				if (parser == null) {
					parser = fhir.newJsonParser();
				}
				Resource resource = parse(parser, stored, json);
				if (resource == null) {
					continue;
				}
				fragment = fragment(resource, stored.versionId());
				if (key != null) {
					derived.accept(new Derived(stored.resourceType(), resource.getIdElement().getIdPart(), key,
							RecordCodec.encode(fragment)));
				}
			}
			if (cache != null && key != null) {
				cache.put(key, fragment);
			}
			if (fragment.details() != null) {
				details = fragment.details();
			}
			else if (fragment.records() != null) {
				picture.addAll(fragment.records());
			}
		}
		return picture.build(patient, details);
	}

	/**
	 * Picture records derived from a stored version's JSON, to be stored next to it.
	 * @param eventId the event the version arrived with: the records belong to that version only
	 */
	record Derived(String resourceType, String resourceId, String eventId, byte[] records) {
	}

	private static @Nullable Fragment decode(PictureStore.StoredResource stored) {
		byte[] records = stored.records();
		if (records == null) {
			return null;
		}
		try {
			return RecordCodec.decode(records);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			log.warn("Derives {} version {} again: its stored picture records cannot be read ({})",
					stored.resourceType(), stored.versionId(), ex.getMessage());
			return null;
		}
	}

	private static @Nullable Resource parse(IParser parser, PictureStore.StoredResource stored, String json) {
		try {
			return (Resource) parser.parseResource(json);
		}
		catch (DataFormatException | ClassCastException ex) {
			// kept before intake checked resources: leave it out rather than stop assessing the patient
			log.warn("Left {} version {} out of the picture: it cannot be read as FHIR R4", stored.resourceType(),
					stored.versionId());
			return null;
		}
	}

	private Fragment fragment(Resource resource, String versionId) {
		if (resource instanceof Patient p) {
			return Fragment.of(details(p));
		}
		String reference = resource.fhirType() + "/" + resource.getIdElement().getIdPart() + "/_history/" + versionId;
		PictureBuilder records = new PictureBuilder(zone);
		records.add(resource, reference);
		return Fragment.of(records);
	}

	static PatientDetails details(Patient patient) {
		String name = patient.getName().isEmpty() ? null : patient.getNameFirstRep().getNameAsSingleString();
		String birthDate = patient.hasBirthDate() ? patient.getBirthDateElement().getValueAsString() : null;
		String mrn = patient.getIdentifier()
			.stream()
			.filter(i -> i.getType().getCoding().stream().anyMatch(c -> MRN_TYPE.equals(c.getCode())))
			.map(Identifier::getValue)
			.findFirst()
			.orElse(null);
		Reference organization = patient.getManagingOrganization();
		String facility = organization.hasDisplay() ? organization.getDisplay()
				: organization.hasReference() ? organization.getReferenceElement().getIdPart() : null;
		boolean deceased = patient.hasDeceasedDateTimeType()
				|| (patient.hasDeceasedBooleanType() && patient.getDeceasedBooleanType().booleanValue());
		return new PatientDetails(name, birthDate, mrn, facility,
				OrganizationLinks.of(OrganizationReference.MANAGING_ORGANIZATION, organization, null),
				deceased);
	}

}
