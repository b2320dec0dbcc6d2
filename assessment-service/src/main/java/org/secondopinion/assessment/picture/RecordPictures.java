package org.secondopinion.assessment.picture;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.secondopinion.assessment.AssessmentSettings;
import org.secondopinion.events.PatientRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds a picture from resources that are not stored, e.g. those an EHR sends with a CDS Hooks request or serves
 * on request, so that a patient not synced yet can be assessed the same way as a stored one. References carry the
 * resource's version when it has one ({@code Condition/7/_history/2}), else they are plain ({@code Condition/7}).
 */
@Component
public class RecordPictures {

	private final ZoneId zone;

	/** Planned dates without a time read as days in UTC. */
	public RecordPictures() {
		this(ZoneOffset.UTC);
	}

	@Autowired
	public RecordPictures(AssessmentSettings settings) {
		this(settings.dates().zone());
	}

	/** @param zone where a planned date written without a time is read as the start of its day */
	public RecordPictures(ZoneId zone) {
		this.zone = zone;
	}

	public ClinicalPicture pictureOf(PatientRef patient, List<? extends Resource> resources) {
		PatientDetails details = PatientDetails.unknown();
		PictureBuilder picture = new PictureBuilder(zone);
		for (Resource resource : resources) {
			String type = resource.fhirType();
			if (!PictureAssembler.TYPES.contains(type) || !resource.getIdElement().hasIdPart()) {
				continue;
			}
			if (resource instanceof Patient p) {
				details = PictureAssembler.details(p);
			}
			else {
				picture.add(resource, referenceOf(resource));
			}
		}
		return picture.build(patient, details);
	}

	/** {@code Type/id/_history/version}, or {@code Type/id} when the resource carries no version. */
	public static String referenceOf(Resource resource) {
		String plain = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
		String version = resource.getMeta().hasVersionId() ? resource.getMeta().getVersionId()
				: resource.getIdElement().getVersionIdPart();
		return version == null || version.isBlank() ? plain : plain + "/_history/" + version;
	}

}
