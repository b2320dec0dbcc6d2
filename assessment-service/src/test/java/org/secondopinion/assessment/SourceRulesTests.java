package org.secondopinion.assessment;

import java.util.Map;

import org.secondopinion.testing.source.SourceRulesContract;

/** The source rules every module keeps (see {@link SourceRulesContract}). */
class SourceRulesTests extends SourceRulesContract {

	@Override
	protected Map<String, String> stringIdEdges() {
		String base = "org/secondopinion/assessment/";
		return Map.of(
				base + "record/PatientRecordController.java", "path variables, parsed into a PatientRef there",
				base + "flags/AssessmentController.java", "path variables, parsed into a PatientRef there",
				base + "intake/ConcernController.java", "path variables, parsed into a PatientRef there",
				base + "flags/FlagResponses.java", "the JSON of the flags API, where ids are plain strings",
				base + "cds/CdsSettings.java", "configuration bound from text; Ehr.ehr() parses its EhrId");
	}

}
