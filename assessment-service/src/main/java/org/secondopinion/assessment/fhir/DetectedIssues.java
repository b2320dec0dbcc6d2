package org.secondopinion.assessment.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.secondopinion.events.CriterionCode;
import org.secondopinion.assessment.criteria.Evidence;
import org.secondopinion.assessment.criteria.MetCriterion;
import org.secondopinion.assessment.flags.Flag;
import org.secondopinion.events.Priority;

/**
 * Maps open flags to DetectedIssues: one per criterion met, severity by the flag's priority (urgent high, high
 * moderate, routine low), the reason as detail and the exact resource versions behind it as evidence and
 * {@code implicated}. References are relative to the patient's EHR.
 */
final class DetectedIssues {

	static final String FLAG_IDENTIFIER_SYSTEM = "https://secondopinion.org/fhir/sid/flag";

	private static final String AUTHOR = "Second Opinion assessment service";

	private DetectedIssues() {
	}

	static Bundle searchset(List<Flag> flags, String baseUrl, String selfUrl) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
		bundle.setId(UUID.randomUUID().toString());
		bundle.getMeta().setLastUpdated(new Date());
		bundle.addLink().setRelation(Bundle.LINK_SELF).setUrl(selfUrl);
		for (Flag flag : flags) {
			for (MetCriterion criterion : flag.criteria()) {
				DetectedIssue issue = issue(flag, criterion);
				bundle.addEntry()
					.setFullUrl(baseUrl + "/fhir/DetectedIssue/" + issue.getIdElement().getIdPart())
					.setResource(issue)
					.getSearch()
					.setMode(Bundle.SearchEntryMode.MATCH);
			}
		}
		bundle.setTotal(bundle.getEntry().size());
		return bundle;
	}

	static DetectedIssue issue(Flag flag, MetCriterion criterion) {
		DetectedIssue issue = new DetectedIssue();
		issue.setId(UUID.nameUUIDFromBytes((flag.id().toString() + "|" + criterion.code().code()).getBytes(StandardCharsets.UTF_8))
			.toString());
		issue.getMeta().setLastUpdated(Date.from(flag.assessedAt()));
		issue.addIdentifier(new Identifier().setSystem(FLAG_IDENTIFIER_SYSTEM).setValue(flag.id().toString()));
		issue.setStatus(DetectedIssue.DetectedIssueStatus.PRELIMINARY);
		String name = criterion.code().label();
		issue.setCode(new CodeableConcept(new Coding(CriterionCode.SYSTEM, criterion.code().code(), name)).setText(name));
		issue.setSeverity(severity(flag.priority()));
		issue.setPatient(new Reference(flag.patient().ref().reference()));
		issue.setIdentified(new DateTimeType(Date.from(flag.assessedAt())));
		issue.setAuthor(new Reference().setDisplay(AUTHOR));
		issue.setDetail(criterion.reason());
		DetectedIssue.DetectedIssueEvidenceComponent evidence = issue.addEvidence();
		for (Evidence item : criterion.evidence()) {
			Reference reference = new Reference(item.reference());
			if (item.display() != null) {
				reference.setDisplay(item.display());
			}
			issue.addImplicated(reference.copy());
			evidence.addDetail(reference);
		}
		if (!evidence.hasDetail()) {
			issue.getEvidence().clear();
		}
		return issue;
	}

	static DetectedIssue.DetectedIssueSeverity severity(Priority priority) {
		return switch (priority) {
			case URGENT -> DetectedIssue.DetectedIssueSeverity.HIGH;
			case HIGH -> DetectedIssue.DetectedIssueSeverity.MODERATE;
			case ROUTINE -> DetectedIssue.DetectedIssueSeverity.LOW;
		};
	}

}
